using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.WebEncoders;

namespace ProcurementKit.Web.Hosting;

/// <summary>
/// Builds the web host: loopback by default (appsettings.json; <c>--urls</c> changes it), the served catalog,
/// Razor Pages with antiforgery on every POST, request limits and the security headers.
/// </summary>
public static class WebHostSetup
{
    /// <summary>Largest request: a tender, a scores workbook and the returned forms of a tender with many bidders.</summary>
    public const long MaxRequestBytes = 64L * 1024 * 1024;

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBytes;
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = MaxRequestBytes;
            form.ValueLengthLimit = 4 * 1024 * 1024;
            form.ValueCountLimit = 4096;
        });
        builder.Services.AddSingleton(services => ServedCatalog.Load(builder.Configuration["catalog"], AppContext.BaseDirectory));
        // Umlauts and other letters go out as themselves, not as numeric entities; markup characters stay encoded.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddRazorPages();
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "pk-antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
        });

        var app = builder.Build();

        // A catalog with errors stops the server at start, with lint's messages, instead of failing every request.
        _ = app.Services.GetRequiredService<ServedCatalog>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseMiddleware<SecurityHeaders>();
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAntiforgery();
        app.MapRazorPages();
        return app;
    }
}
