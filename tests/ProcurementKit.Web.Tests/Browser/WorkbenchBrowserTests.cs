using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using ProcurementKit.Web.Tests.Support;

namespace ProcurementKit.Web.Tests.Browser;

/// <summary>The workbench as an officer uses it, in Debian's headless Chromium.</summary>
public sealed class WorkbenchBrowserTests(WorkbenchServer server, HeadlessChromium chromium)
    : IClassFixture<WorkbenchServer>, IClassFixture<HeadlessChromium>
{
    [SkippableFact]
    public async Task An_officer_opens_the_lorawan_example_and_downloads_its_annex()
    {
        Skip.IfNot(HeadlessChromium.Installed, "Chromium is not installed (apt-get install chromium)");
        var page = await chromium.NewPage();

        await page.GotoAsync(server.Address.ToString());
        await HeadlessChromium.Screenshot(page, "workbench-01-start");
        await page.SetInputFilesAsync("#tender-file", Examples.Path("lorawan-network.json"));
        await page.ClickAsync("#open-tender");
        await page.WaitForSelectorAsync("#title");
        await HeadlessChromium.Screenshot(page, "workbench-02-details");
        (await page.InputValueAsync("#reference")).ShouldBe("2026-IT-042");

        // The opened tender is complete: every step goes on at once.
        while (await page.Locator("#download-annex").CountAsync() == 0)
        {
            await HeadlessChromium.Submit(page, "#next");
            (await page.Locator(".problems").CountAsync()).ShouldBe(0);
        }

        await HeadlessChromium.Screenshot(page, "workbench-03-documents");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-annex"));
        download.SuggestedFilename.ShouldBe("annex.docx");
        var path = Path.Combine(Path.GetTempPath(), $"pk-web-{Guid.NewGuid():N}.docx");
        await download.SaveAsAsync(path);
        try
        {
            using var word = WordprocessingDocument.Open(path, false);
            word.MainDocumentPart!.Document!.Body!.InnerText.ShouldContain("Aufbau eines stadtweiten LoRaWAN-Funknetzes");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
