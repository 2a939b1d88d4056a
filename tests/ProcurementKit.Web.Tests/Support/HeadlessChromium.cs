using Microsoft.Playwright;

namespace ProcurementKit.Web.Tests.Support;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium), driven by Playwright; no browser is ever downloaded. Tests using it are
/// skipped when Chromium is not installed (.ci/run installs it). Screenshots go to the test output folder's
/// screenshots/ for a person to look at.
/// </summary>
public sealed class HeadlessChromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public static bool Installed => File.Exists(ExecutablePath) && Environment.GetEnvironmentVariable("PROCUREMENTKIT_NO_BROWSER") is null;

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!Installed)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // The machine has no network: without these Chromium keeps trying to reach Google's services.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh page (own cookies) that accepts downloads, A4-ish width.</summary>
    public async Task<IPage> NewPage()
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "de-DE",
        });
        return await context.NewPageAsync();
    }

    /// <summary>Clicks a button that posts the page and waits until the page that comes back has replaced it.</summary>
    public static async Task Submit(IPage page, string button)
    {
        // DevTools evaluation is not bound by the page's Content-Security-Policy; the page itself runs no script.
        await page.EvaluateAsync("document.body.dataset.before = 'yes'");
        await page.ClickAsync(button);
        await page.WaitForSelectorAsync("body:not([data-before])");
    }

    public static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
