using ProcurementKit.Catalog;

namespace ProcurementKit.Web.Hosting;

/// <summary>
/// The language of the pages: <c>ui=en</c> in the query or a form, German otherwise. It travels with every link and
/// form, like the tender itself, so the server keeps no session. A page that switches language while it keeps the
/// posted tender (the workbench's language button) sets it for the rest of the request with <see cref="Switch"/>.
/// </summary>
public static class UiLanguage
{
    public const string Key = "ui";

    public static Language Of(HttpRequest request)
    {
        if (request.HttpContext.Items.TryGetValue(Key, out var switched) && switched is Language chosen)
        {
            return chosen;
        }

        var code = request.HasFormContentType && request.Form.TryGetValue(Key, out var posted) ? posted.ToString() : request.Query[Key].ToString();
        return Languages.TryParse(code, out var language) ? language : Language.German;
    }

    /// <summary>Renders the rest of this request in <paramref name="language"/>.</summary>
    public static void Switch(HttpContext context, Language language) => context.Items[Key] = language;
}
