using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using DocumentFormat.OpenXml.Packaging;
using ProcurementKit.Web.Tests.Support;

namespace ProcurementKit.Web.Tests.Evaluation;

/// <summary>The evaluation page over HTTP: what an evaluator uploads, what the page shows and what it hands out.</summary>
public sealed class EvaluationEndpointTests(WorkbenchServer server) : IClassFixture<WorkbenchServer>
{
    private static ReturnedForms Forms => ReturnedForms.Instance;

    private async Task<(HttpResponseMessage Response, IHtmlDocument Page)> Evaluate(
        IEnumerable<(string Name, byte[] Content)> responses, string action = "/evaluation?handler=Evaluate", bool withTender = true, bool expectContinue = false)
    {
        using var client = server.Client();
        var files = responses.Select(r => ("responses", r.Name, r.Content)).ToList();
        if (withTender)
        {
            files.Insert(0, ("tender", "tender.json", Encoding.UTF8.GetBytes(Forms.TenderJson)));
        }

        var response = await Uploads.Post(client, "/evaluation", "#evaluate", action, files, expectContinue);
        return (response, response.Content.Headers.ContentType?.MediaType == "text/html" ? await PageForm.Parse(response) : null!);
    }

    [Fact]
    public async Task The_ranking_on_the_page_is_the_ranking_of_evaluation_json()
    {
        var (response, page) = await Evaluate(Forms.FiveOffers());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(Uploads.DataLink(page, "#download-evaluation-json"));
        var lot = json.RootElement.GetProperty("lots")[0];
        var expected = lot.GetProperty("offers").EnumerateArray()
            .Where(o => o.GetProperty("admissible").GetBoolean())
            .Select(o => $"{o.GetProperty("rank").GetInt32()}{(o.GetProperty("tie").GetBoolean() ? "=" : "")} {o.GetProperty("bidder").GetString()}")
            .ToList();
        var shown = page.QuerySelectorAll($"#ranking-{lot.GetProperty("id").GetString()} tbody tr")
            .Select(row => $"{row.QuerySelector(".rank")!.TextContent.Trim()} {row.QuerySelector(".bidder")!.TextContent}")
            .ToList();

        shown.ShouldBe(expected);
        shown.Count.ShouldBe(4);
        shown.Take(2).ShouldBe(["1= Alpha Betrieb GmbH", $"1= {ReturnedForms.ScriptBidder}"], ignoreOrder: true);
        page.QuerySelector(".tie")!.TextContent.ShouldContain("Alpha Betrieb GmbH");
        page.QuerySelector(".corridor").ShouldNotBeNull();
        page.QuerySelectorAll(".excluded .bidder").Select(c => c.TextContent).ShouldBe(["Gamma IoT KG"]);
        page.QuerySelector("ul.pending")!.TextContent.ShouldContain(ReturnedForms.FormulaBidder);
    }

    [Fact]
    public async Task Nothing_a_bidder_wrote_becomes_markup_or_a_formula()
    {
        var (_, page) = await Evaluate(Forms.FiveOffers());

        page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")).ShouldBe(["/evaluation.js"]);
        page.QuerySelectorAll("#ranking-1 .bidder").Select(c => c.TextContent).ShouldContain(ReturnedForms.ScriptBidder);
        var workbook = Uploads.DataLink(page, "#download-evaluation-xlsx");
        using var zip = new ZipArchive(new MemoryStream(workbook));
        foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(sheet.Open());
            var xml = await reader.ReadToEndAsync();
            xml.ShouldNotContain("<f>HYPERLINK", Case.Insensitive);
            xml.ShouldNotContain("<f>=HYPERLINK", Case.Insensitive);
        }

        using var opened = ProcurementKit.Tests.Support.XlsxFile.Open(workbook);
        opened.ValidationErrors().ShouldBeEmpty();
    }

    [Fact]
    public async Task Hostile_files_are_refused_with_their_reason_and_the_other_offers_are_evaluated()
    {
        var (response, page) = await Evaluate([.. Forms.FiveOffers(), ("extern.xlsx", Forms.ExternalRelationship()), ("bombe.xlsx", Forms.ZipBomb()), ("makro.xlsx", Forms.Macro())]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rejected = page.QuerySelector("#rejected")!;
        rejected.QuerySelectorAll("h3.file").Select(h => h.TextContent).ShouldBe(["bombe.xlsx", "extern.xlsx", "makro.xlsx"], ignoreOrder: true);
        var codes = rejected.QuerySelectorAll("tbody tr td:nth-child(2)").Select(c => c.TextContent).ToList();
        codes.ShouldBe(["PK0605", "PK0606", "PK0607"], ignoreOrder: true);
        page.QuerySelectorAll("#ranking-1 tbody tr").Length.ShouldBe(4);
    }

    [Fact]
    public async Task A_form_with_wrong_cells_is_shown_by_file_and_cell()
    {
        var broken = new ProcurementKit.Tests.Support.FormFiller().SharedText("Offer", "B13", "viel Geld").Apply(Forms.Fill("Kaputt GmbH", 1m, _ => ProcurementKit.Evaluation.Answer.Met));

        var (_, page) = await Evaluate([.. Forms.FiveOffers(), ("kaputt.xlsx", broken)]);

        var row = page.QuerySelectorAll("#rejected tbody tr").ShouldHaveSingleItem();
        row.Children[0].TextContent.ShouldBe("Offer!B13");
        row.Children[1].TextContent.ShouldBe("PK0621");
    }

    [Fact]
    public async Task The_download_buttons_evaluate_the_same_files_again_and_return_the_same_document()
    {
        var offers = Forms.FiveOffers();
        var (_, page) = await Evaluate(offers);

        var (response, _) = await Evaluate(offers, "/evaluation?handler=Download&document=evaluation.json");

        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("evaluation.json");
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(Uploads.DataLink(page, "#download-evaluation-json"));
        var report = Uploads.DataLink(page, "#download-evaluation-report-docx");
        ProcurementKit.Tests.Support.WordFiles.ValidationErrors(report).ShouldBeEmpty();
        using var word = WordprocessingDocument.Open(new MemoryStream(report), false);
        word.MainDocumentPart!.Document!.Body!.InnerText.ShouldContain("Alpha Betrieb GmbH");
    }

    [Fact]
    public async Task Without_a_tender_the_page_says_which_file_is_missing()
    {
        var (response, page) = await Evaluate(Forms.FiveOffers().Take(1), withTender: false);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#problems")!.TextContent.ShouldContain("tender: error PK0920: no tender.json was chosen");
    }

    [Fact]
    public async Task A_file_above_the_per_file_limit_is_named_with_the_limit()
    {
        var (_, page) = await Evaluate([("riesig.xlsx", new byte[21 * 1024 * 1024])]);

        page.QuerySelector("#problems")!.TextContent.ShouldContain("riesig.xlsx: error PK0921: the file has 21 MB; at most 20 MB are accepted here");
    }

    [Fact]
    public async Task More_forms_than_the_page_takes_are_refused_at_once()
    {
        var (_, page) = await Evaluate(Enumerable.Range(0, 201).Select(i => ($"f{i}.xlsx", new byte[] { 1 })));

        page.QuerySelector("#problems")!.TextContent.ShouldContain("PK0922: 201 files were sent; at most 200 are evaluated at once");
    }

    [Fact]
    public async Task A_request_above_the_total_limit_is_refused_before_it_is_read()
    {
        var parts = Enumerable.Range(0, 4).Select(i => ($"teil{i}.xlsx", new byte[18 * 1024 * 1024]));

        var (response, _) = await Evaluate(parts, expectContinue: true);

        // Kestrel refuses the body before the page runs; the page states the limit beside the file fields beforehand.
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var client = server.Client();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Forms.TenderJson)), "tender", "tender.json" } };

        using var response = await client.PostAsync("/evaluation?handler=Evaluate", form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_page_states_its_limits_in_english_too()
    {
        using var client = server.Client();
        var page = await PageForm.Parse(await client.GetAsync("/evaluation?ui=en"));

        page.QuerySelector("h1")!.TextContent.ShouldBe("Evaluate offers");
        page.QuerySelector("#response-files")!.HasAttribute("multiple").ShouldBeTrue();
        page.QuerySelector("#evaluation-form")!.GetAttribute("data-max-file").ShouldBe((20 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.Body!.TextContent.ShouldContain("at most 20 MB each, at most 200 files");
    }
}
