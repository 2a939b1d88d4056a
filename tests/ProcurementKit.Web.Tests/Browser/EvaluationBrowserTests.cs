using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using ProcurementKit.Web.Tests.Support;

namespace ProcurementKit.Web.Tests.Browser;

/// <summary>The evaluation page as an evaluator uses it, in Debian's headless Chromium.</summary>
public sealed class EvaluationBrowserTests(WorkbenchServer server, HeadlessChromium chromium)
    : IClassFixture<WorkbenchServer>, IClassFixture<HeadlessChromium>
{
    [SkippableFact]
    public async Task An_evaluator_uploads_five_offers_and_two_hostile_files_and_downloads_the_report()
    {
        Skip.IfNot(HeadlessChromium.Installed, "Chromium is not installed (apt-get install chromium)");
        var folder = Directory.CreateTempSubdirectory("pk-web-eval-").FullName;
        try
        {
            var forms = ReturnedForms.Instance;
            var tender = Path.Combine(folder, "tender.json");
            await File.WriteAllTextAsync(tender, forms.TenderJson);
            var files = new List<string>();
            foreach (var (name, content) in forms.FiveOffers().Append(("extern.xlsx", forms.ExternalRelationship())).Append(("bombe.xlsx", forms.ZipBomb())))
            {
                files.Add(Path.Combine(folder, name));
                await File.WriteAllBytesAsync(files[^1], content);
            }

            var page = await chromium.NewPage();
            await page.GotoAsync(new Uri(server.Address, "/evaluation").ToString());
            await page.SetInputFilesAsync("#tender-file", tender);
            await page.SetInputFilesAsync("#response-files", files);
            await HeadlessChromium.Screenshot(page, "evaluation-01-upload");
            await page.ClickAsync("#evaluate");
            await page.WaitForSelectorAsync("#result");
            await HeadlessChromium.Screenshot(page, "evaluation-02-result");

            var shown = await page.Locator("#ranking-1 tbody tr").EvaluateAllAsync<string[]>(
                "rows => rows.map(r => r.querySelector('.rank').textContent.trim() + ' ' + r.querySelector('.bidder').textContent)");
            var json = await Download(page, "#download-evaluation-json", folder);
            using (var result = JsonDocument.Parse(await File.ReadAllBytesAsync(json)))
            {
                var expected = result.RootElement.GetProperty("lots")[0].GetProperty("offers").EnumerateArray()
                    .Where(o => o.GetProperty("admissible").GetBoolean())
                    .Select(o => $"{o.GetProperty("rank").GetInt32()}{(o.GetProperty("tie").GetBoolean() ? "=" : "")} {o.GetProperty("bidder").GetString()}");
                shown.ShouldBe(expected);
                result.RootElement.GetProperty("rejectedFiles").GetArrayLength().ShouldBe(2);
            }

            (await page.Locator("#rejected h3.file").AllTextContentsAsync()).ShouldBe(["bombe.xlsx", "extern.xlsx"], ignoreOrder: true);
            (await page.EvaluateAsync<int>("document.querySelectorAll('script').length")).ShouldBe(1);

            var report = await Download(page, "#download-evaluation-report-docx", folder);
            using var word = WordprocessingDocument.Open(report, false);
            word.MainDocumentPart!.Document!.Body!.InnerText.ShouldContain("Alpha Betrieb GmbH");
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private static async Task<string> Download(IPage page, string selector, string folder)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(selector));
        var path = Path.Combine(folder, "downloaded-" + download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }
}
