using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using ProcurementKit.Web.Hosting;
using ProcurementKit.Web.Tests.Support;
using ProcurementKit.Workflow;

namespace ProcurementKit.Web.Tests.Workbench;

public sealed class WorkbenchEndpointTests(WorkbenchServer server) : IClassFixture<WorkbenchServer>
{
    [Fact]
    public async Task The_start_page_carries_the_security_headers()
    {
        using var client = server.Client();
        using var response = await client.GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(SecurityHeaders.ContentSecurityPolicy);
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        response.Headers.Contains("Server").ShouldBeFalse();
        (await response.Content.ReadAsStringAsync()).ShouldContain("Ausschreibung erstellen");
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var client = server.Client();
        using var response = await client.PostAsync("/?handler=New", new FormUrlEncodedContent(new Dictionary<string, string> { ["ui"] = "de" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_opened_example_goes_through_every_step_to_an_annex_identical_to_compose()
    {
        using var client = server.Client();
        var tender = await File.ReadAllTextAsync(Examples.Path("lorawan-network.json"));
        var details = await Open(client, tender);
        details.QuerySelector("h1")!.TextContent.ShouldBe("Angaben zur Ausschreibung");
        ((IHtmlInputElement)details.QuerySelector("#reference")!).Value.ShouldBe("2026-IT-042");

        var documents = await WorkbenchFlow.NextUntil(client, details, "Dokumente");
        documents.QuerySelector(".problems").ShouldBeNull();

        using var annex = await PageForm.Containing(documents, "#download-annex").Post(client, new Dictionary<string, string> { ["document"] = TenderWorkflow.AnnexDocx });
        annex.StatusCode.ShouldBe(HttpStatusCode.OK);
        annex.Content.Headers.ContentDisposition!.FileName.ShouldBe(TenderWorkflow.AnnexDocx);

        using var saved = await PageForm.Containing(documents, "#download-tender").Post(client, new Dictionary<string, string> { ["document"] = "tender.json" });
        var savedTender = await saved.Content.ReadAsStringAsync();
        (await annex.Content.ReadAsByteArrayAsync()).ShouldBe(Examples.Composed(savedTender, TenderWorkflow.AnnexDocx));
        savedTender.ShouldContain("\"reference\": \"2026-IT-042\"");
    }

    [Fact]
    public async Task A_missing_title_is_reported_with_the_cores_message_and_the_step_stays()
    {
        using var client = server.Client();
        var details = await Open(client, await File.ReadAllTextAsync(Examples.Path("lorawan-network.json")));

        using var response = await PageForm.Containing(details, "#next").Post(client, new Dictionary<string, string> { ["go"] = "next", ["title"] = "  " });
        var page = await PageForm.Parse(response);

        page.QuerySelector("h1")!.TextContent.ShouldBe("Angaben zur Ausschreibung");
        page.QuerySelector(".problems")!.TextContent.ShouldContain("'title'");
    }

    [Fact]
    public async Task Markup_typed_into_a_field_comes_back_as_text()
    {
        using var client = server.Client();
        var details = await Open(client, await File.ReadAllTextAsync(Examples.Path("lorawan-network.json")));

        using var response = await PageForm.Containing(details, "#next").Post(
            client, new Dictionary<string, string> { ["go"] = "stay", ["title"] = "<script>alert(1)</script> \"Los\" & <b>mehr</b>" });
        var html = await response.Content.ReadAsStringAsync();
        var page = await PageForm.Parse(response);

        html.ShouldNotContain("<script>alert(1)</script>");
        html.ShouldNotContain("<b>mehr</b>");
        ((IHtmlInputElement)page.QuerySelector("#title")!).Value.ShouldBe("<script>alert(1)</script> \"Los\" & <b>mehr</b>");
    }

    [Theory]
    [InlineData("{ \"title\": ", "not valid JSON (line 1")]
    [InlineData("[1, 2]", "not an object")]
    public async Task A_file_that_is_no_tender_is_refused_with_a_clear_message(string content, string expected)
    {
        using var client = server.Client();
        var start = await PageForm.Parse(await client.GetAsync("/"));
        var fields = PageForm.Containing(start, "#open-tender").Fields();

        using var response = await client.PostAsync("/?handler=Open", Examples.Upload("tender", "tender.json", Encoding.UTF8.GetBytes(content), fields));
        var page = await PageForm.Parse(response);

        page.QuerySelector(".problems")!.TextContent.ShouldContain(expected);
        page.QuerySelector("#open-tender").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_tender_with_an_unknown_category_opens_with_the_message_compose_gives()
    {
        using var client = server.Client();
        var tender = (await File.ReadAllTextAsync(Examples.Path("lorawan-network.json"))).Replace("\"lorawan-gateway\"", "\"lorawan-gatway\"");

        var page = await Open(client, tender);

        var problems = page.QuerySelector(".problems")!.TextContent;
        problems.ShouldContain("PK0");
        problems.ShouldContain("lorawan-gatway");
        problems.ShouldContain("lorawan-gateway");
    }

    private static Task<IHtmlDocument> Open(HttpClient client, string tender) => WorkbenchFlow.Open(client, tender);
}
