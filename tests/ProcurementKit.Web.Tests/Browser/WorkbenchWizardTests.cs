using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using ProcurementKit.Web.Tests.Support;
using ProcurementKit.Workflow;

namespace ProcurementKit.Web.Tests.Browser;

/// <summary>
/// The whole wizard as an officer clicks through it in Debian's headless Chromium: a new tender typed in by hand,
/// every step, the documents downloaded and opened. Each step is photographed (bin/.../screenshots/).
/// </summary>
public sealed class WorkbenchWizardTests(WorkbenchServer server, HeadlessChromium chromium)
    : IClassFixture<WorkbenchServer>, IClassFixture<HeadlessChromium>
{
    [SkippableFact]
    public async Task An_officer_builds_the_lorawan_tender_by_hand_and_gets_the_annex_compose_writes_for_it()
    {
        Skip.IfNot(HeadlessChromium.Installed, "Chromium is not installed (apt-get install chromium)");
        var example = JsonNode.Parse(await File.ReadAllTextAsync(Examples.Path("lorawan-network.json")))!;
        var page = await chromium.NewPage();

        await page.GotoAsync(server.Address.ToString());
        await HeadlessChromium.Screenshot(page, "wizard-de-1-start");
        await Go(page, "#new-tender", "Angaben zur Ausschreibung");

        foreach (var key in new[] { "title", "reference", "authority", "date", "description" })
        {
            await page.FillAsync($"#{key}", (string)example[key]!);
        }

        await HeadlessChromium.Screenshot(page, "wizard-de-2-details");
        await Go(page, "#next", "Lose und Produktarten");

        var lots = example["lots"]!.AsArray();
        for (var i = 0; i < lots.Count; i++)
        {
            if (i > 0)
            {
                await Go(page, "#add-lot", "Lose und Produktarten");
            }

            await page.FillAsync($"#lot-{i}-title", (string)lots[i]!["title"]!);
            foreach (var category in lots[i]!["categories"]!.AsArray())
            {
                await page.CheckAsync($"input[name='lot-{i}-categories'][value='{(string)category!}']");
            }

            await page.CheckAsync($"input[name='lot-{i}-deployment'][value='{(string)lots[i]!["deployment"]!}']");
        }

        await HeadlessChromium.Screenshot(page, "wizard-de-3-lots");
        await Go(page, "#next", "Schutzbedarf");

        // The questionnaire, one goal at a time, answered as the example's assessment records it.
        var assessment = example["assessment"]!;
        string[] goals = ["confidentiality", "integrity", "availability"];
        string[] titles = ["Vertraulichkeit", "Integrität", "Verfügbarkeit"];
        for (var g = 0; g < goals.Length; g++)
        {
            await page.WaitForSelectorAsync($"#goal-title:has-text('{titles[g]}')");
            foreach (var (scenario, ratings) in assessment["ratings"]!.AsObject())
            {
                var rating = ratings![goals[g]]!;
                await page.CheckAsync($"input[name='rating-{scenario}-level'][value='{(string)rating["level"]!}']");
                await page.FillAsync($"#rating-{scenario}-reason", (string?)rating["reason"] ?? string.Empty);
            }

            if (assessment["adjustments"]?[goals[g]] is { } adjustment)
            {
                await page.CheckAsync($"input[name='adjust-effect'][value='{(string)adjustment["effect"]!}']");
                await page.SelectOptionAsync("#adjust-level", (string)adjustment["level"]!);
                await page.FillAsync("#adjust-reason", (string)adjustment["reason"]!);
            }

            await HeadlessChromium.Submit(page, "#update-result");
            (await page.InnerTextAsync("#goal-title")).ShouldStartWith(titles[g]);
            (await page.InnerTextAsync("#determined-level")).ShouldBe((string)example["protectionNeeds"]![goals[g]]!["level"]! switch { "high" => "hoch", "very-high" => "sehr hoch", _ => "normal" });
            await HeadlessChromium.Screenshot(page, $"wizard-de-4-protection-{g + 1}-{goals[g]}");
            if (g < goals.Length - 1)
            {
                await HeadlessChromium.Submit(page, "#next");
            }
        }

        await Go(page, "#next", "Einsatzumfeld und Vergabe");

        foreach (var (key, value) in example["context"]!.AsObject())
        {
            await page.SetCheckedAsync($"input[name='context-{key}']", value!.GetValue<bool>());
        }

        var evaluation = example["evaluation"]!;
        await page.CheckAsync($"input[name='method'][value='{(string)evaluation["method"]!}']");
        await page.FillAsync("#maxPoints", evaluation["maxPoints"]!.ToJsonString());
        await page.FillAsync("#fluctuationPercent", evaluation["fluctuationPercent"]!.ToJsonString());
        await page.SelectOptionAsync("#tieBreaker", (string)evaluation["tieBreaker"]!);
        await HeadlessChromium.Screenshot(page, "wizard-de-5-context");
        await Go(page, "#next", "Vorschau der Anforderungen");

        await page.ClickAsync("details.parameters summary");
        await page.FillAsync("#param-support-period-years", example["parameters"]!["support-period-years"]!.ToJsonString());
        await Go(page, "#apply-parameters", "Vorschau der Anforderungen");
        (await page.Locator(".problems").CountAsync()).ShouldBe(0);
        await page.ClickAsync("details.excluded summary");
        await HeadlessChromium.Screenshot(page, "wizard-de-6-preview");
        await page.Locator("#parameters").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(HeadlessChromium.ScreenshotFolder, "wizard-de-6b-parameters.png") });
        await Go(page, "#next", "Dokumente");
        await HeadlessChromium.Screenshot(page, "wizard-de-7-documents");

        var tender = Text(await Download(page, "#download-tender", "tender.json"));
        var annex = await Download(page, "#download-annex", "annex.docx");

        // What the officer built selects what the shipped example selects, and the annex is compose's for it.
        var built = Examples.Prepared(tender).Selection;
        var expected = Examples.Prepared(example.ToJsonString()).Selection;
        built.Requirements.Select(Row).ShouldBe(expected.Requirements.Select(Row));
        built.Excluded.Select(e => e.Id).ShouldBe(expected.Excluded.Select(e => e.Id));
        annex.ShouldBe(Examples.Composed(tender, TenderWorkflow.AnnexDocx));

        var text = AnnexText(annex);
        text.ShouldContain((string)example["title"]!);
        foreach (var lot in lots)
        {
            text.ShouldContain((string)lot!["title"]!);
        }

        foreach (var requirement in built.Requirements)
        {
            text.ShouldContain(requirement.Id);
        }

        // The assessment table: every damage scenario, and the officer's reasons.
        foreach (var scenario in new[] { "Verstoß gegen Gesetze, Vorschriften oder Verträge", "Beeinträchtigung der persönlichen Unversehrtheit", "Finanzielle Auswirkungen" })
        {
            text.ShouldContain(scenario);
        }

        text.ShouldContain((string)assessment["ratings"]!["personal-integrity"]!["integrity"]!["reason"]!);
    }

    [SkippableFact]
    public async Task An_officer_works_in_english_switches_language_midway_without_losing_anything_and_gets_an_english_annex()
    {
        Skip.IfNot(HeadlessChromium.Installed, "Chromium is not installed (apt-get install chromium)");
        var page = await chromium.NewPage();

        await page.GotoAsync(server.Address.ToString());
        await HeadlessChromium.Submit(page, "#switch-language");
        (await page.InnerTextAsync("h1")).ShouldBe("Build a tender");
        await HeadlessChromium.Screenshot(page, "wizard-en-1-start");
        await Go(page, "#new-tender", "Tender details");

        await page.FillAsync("#title", "Parking sensors for the old town");
        await page.FillAsync("#reference", "2027-IT-003");
        await page.FillAsync("#authority", "City of Musterhausen");
        await page.FillAsync("#date", "2027-02-01");
        await page.SelectOptionAsync("#language", "en");
        await page.FillAsync("#description", "The city buys 300 parking sensors and a cloud dashboard that shows free spaces.");
        await HeadlessChromium.Screenshot(page, "wizard-en-2-details");
        await Go(page, "#next", "Lots and product categories");

        await page.FillAsync("#lot-0-title", "Parking sensors and dashboard");
        await page.CheckAsync("input[name='lot-0-categories'][value='iot-sensor']");
        await page.CheckAsync("input[name='lot-0-categories'][value='web-application']");
        await page.CheckAsync("input[name='lot-0-deployment'][value='cloud']");

        // The language button posts what was typed; nothing is lost either way.
        await Go(page, "#switch-language", "Lose und Produktarten");
        (await page.InputValueAsync("#lot-0-title")).ShouldBe("Parking sensors and dashboard");
        await Go(page, "#switch-language", "Lots and product categories");
        (await page.IsCheckedAsync("input[name='lot-0-categories'][value='web-application']")).ShouldBeTrue();
        await HeadlessChromium.Screenshot(page, "wizard-en-3-lots");
        await Go(page, "#next", "Protection needs");

        await page.WaitForSelectorAsync("#goal-title:has-text('Confidentiality')");
        await HeadlessChromium.Screenshot(page, "wizard-en-4-protection-1-confidentiality");
        await HeadlessChromium.Submit(page, "#next");
        (await page.InnerTextAsync("#goal-title")).ShouldStartWith("Integrity");
        await HeadlessChromium.Submit(page, "#next");
        (await page.InnerTextAsync("#goal-title")).ShouldStartWith("Availability");
        await page.CheckAsync("input[name='rating-task-performance-level'][value='high']");
        await page.FillAsync("#rating-task-performance-reason", "The guidance system is used by thousands of drivers each day.");
        await HeadlessChromium.Submit(page, "#update-result");
        (await page.InnerTextAsync("#determined-level")).ShouldBe("high");
        await HeadlessChromium.Screenshot(page, "wizard-en-4-protection-3-availability");
        await Go(page, "#next", "Operating context and award");

        await page.CheckAsync("input[name='context-internetExposed']");
        await page.CheckAsync("input[name='context-cloudHosted']");
        await HeadlessChromium.Screenshot(page, "wizard-en-5-context");
        await Go(page, "#next", "Preview of the requirements");
        await HeadlessChromium.Screenshot(page, "wizard-en-6-preview");
        await Go(page, "#next", "Documents");
        await HeadlessChromium.Screenshot(page, "wizard-en-7-documents");

        var tender = Text(await Download(page, "#download-tender", "tender.json"));
        var annex = await Download(page, "#download-annex", "annex.docx");
        annex.ShouldBe(Examples.Composed(tender, TenderWorkflow.AnnexDocx));
        var text = AnnexText(annex);
        text.ShouldContain("Parking sensors for the old town");
        text.ShouldContain("Parking sensors and dashboard");
        foreach (var requirement in Examples.Prepared(tender).Selection.Requirements)
        {
            text.ShouldContain(requirement.Id);
            text.ShouldContain(requirement.Title.En);
        }

        text.ShouldContain("Impairment of the performance of tasks");
        text.ShouldContain("The guidance system is used by thousands of drivers each day");
    }

    private static async Task Go(IPage page, string button, string heading)
    {
        await HeadlessChromium.Submit(page, button);
        (await page.InnerTextAsync("h1")).ShouldBe(heading);
    }

    private static async Task<byte[]> Download(IPage page, string button, string expectedName)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(button));
        download.SuggestedFilename.ShouldBe(expectedName);
        var path = Path.Combine(Path.GetTempPath(), $"pk-web-{Guid.NewGuid():N}-{expectedName}");
        await download.SaveAsAsync(path);
        try
        {
            return await File.ReadAllBytesAsync(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Text(byte[] utf8) => System.Text.Encoding.UTF8.GetString(utf8);

    private static string AnnexText(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return word.MainDocumentPart!.Document!.Body!.InnerText;
    }

    private static string Row(ProcurementKit.Selection.SelectedRequirement r) =>
        $"{r.Number} {r.Id} {r.Obligation} {string.Join(",", r.Lots)} {string.Join(",", r.Parameters.Select(p => $"{p.Name}={p.Value}"))}";
}
