using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using ProcurementKit.Catalog;
using ProcurementKit.Coverage;
using ProcurementKit.Tests.Support;
using ProcurementKit.Web.Tests.Support;

namespace ProcurementKit.Web.Tests.Library;

/// <summary>The catalog browser over HTTP, on the shipped catalog (not in a git repository beside the server).</summary>
public sealed class LibraryEndpointTests(WorkbenchServer server) : IClassFixture<WorkbenchServer>
{
    private const string CraItem = "Annex I Part I 2(c)";

    private async Task<IHtmlDocument> Get(string path)
    {
        using var client = server.Client();
        using var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await PageForm.Parse(response);
    }

    private static IReadOnlyList<string> ListedIds(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#clauses tbody tr td:first-child a").Select(a => a.TextContent)];

    [Fact]
    public async Task Filtering_by_a_standard_item_lists_exactly_the_clauses_citing_it()
    {
        var page = await Get($"/library?standard=CRA&item={Uri.EscapeDataString(CraItem)}");

        var expected = ShippedCatalog.Catalog.Clauses
            .Where(c => c.References.Any(r => r.Standard == "CRA" && CoverageMatrix.Covers(r.Item, CraItem)))
            .Select(c => c.Id).Order(StringComparer.Ordinal).ToList();
        expected.ShouldNotBeEmpty();
        ListedIds(page).Order(StringComparer.Ordinal).ShouldBe(expected);
        page.QuerySelector("#item option[selected]")!.GetAttribute("value").ShouldBe(CraItem);
    }

    [Fact]
    public async Task Filters_combine_and_an_unknown_value_filters_nothing()
    {
        var approvedOperation = await Get("/library?status=approved&phase=operation&topic=security-updates");
        var unknown = await Get("/library?topic=<script>&status=bogus");

        ListedIds(approvedOperation).ShouldBe(ShippedCatalog.Catalog.Clauses
            .Where(c => c.Status == ClauseStatus.Approved && c.Phase == Phase.Operation && c.Topic == "security-updates")
            .Select(c => c.Id).ToList(), ignoreOrder: true);
        ListedIds(unknown).Count.ShouldBe(ShippedCatalog.Catalog.Clauses.Count);
    }

    [Fact]
    public async Task A_clause_page_shows_both_languages_the_levels_and_links_its_references()
    {
        var clause = ShippedCatalog.Catalog.FindClause("UPD-01")!;

        var page = await Get("/library/clause/UPD-01?ui=en");

        var texts = page.QuerySelectorAll("#texts section");
        texts.Select(t => t.GetAttribute("lang")).ShouldBe(["de", "en"]);
        texts[0].TextContent.ShouldContain(clause.German.Title);
        texts[1].TextContent.ShouldContain(clause.English.Title);
        page.QuerySelectorAll("#obligations thead th").Select(t => t.TextContent).ShouldBe(["", "normal", "high", "very high"]);
        page.QuerySelector("#obligations")!.TextContent.Replace('\u00A0', ' ').ShouldContain("10 years");
        page.QuerySelectorAll("#references a").Length.ShouldBe(clause.References.Count);
    }

    [Fact]
    public async Task An_unknown_clause_is_not_found()
    {
        using var client = server.Client();
        using var response = await client.GetAsync("/library/clause/..%2F..%2Fetc%2Fpasswd");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_coverage_page_lists_every_reported_item()
    {
        var matrix = CoverageMatrix.ForCatalog(ShippedCatalog.Catalog);

        var page = await Get("/library/coverage");

        page.QuerySelectorAll("table.coverage tbody tr").Length.ShouldBe(matrix.Rows.Count);
        page.QuerySelectorAll("tr.gap").Length.ShouldBe(matrix.Uncovered.Count());
    }

    [Fact]
    public async Task The_review_document_downloads_in_both_languages()
    {
        using var client = server.Client();
        using var response = await client.GetAsync("/library?handler=Review&lang=both");

        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("catalog-review-de-en.docx");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        WordFiles.ValidationErrors(bytes).ShouldBeEmpty();
        using var word = WordFiles.Open(bytes);
        var text = WordFiles.Body(word).InnerText;
        text.ShouldContain(ShippedCatalog.Catalog.FindClause("UPD-01")!.German.Title);
        text.ShouldContain(ShippedCatalog.Catalog.FindClause("UPD-01")!.English.Title);
    }

    [Fact]
    public async Task Without_git_history_the_comparison_offers_the_upload_only()
    {
        var page = await Get("/library/diff");

        page.QuerySelector("#revisions select").ShouldBeNull();
        page.QuerySelector("#archive").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_revision_the_page_did_not_offer_never_reaches_git()
    {
        var page = await Get("/library/diff?old=--output%3D%2Ftmp%2Fx&new=served");

        page.QuerySelector("#problems")!.TextContent.ShouldContain("revision: error PK0927: '--output=/tmp/x' is not one of the offered revisions");
        File.Exists("/tmp/x").ShouldBeFalse();
    }

    private async Task<IHtmlDocument> Upload(byte[] archive, string name = "katalog.zip")
    {
        using var client = server.Client();
        using var response = await Uploads.Post(client, "/library/diff", "#compare-upload", "/library/diff?handler=Upload", [("archive", name, archive)]);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await PageForm.Parse(response);
    }

    [Fact]
    public async Task An_uploaded_catalog_shows_the_inserted_word_and_carries_the_redline()
    {
        var page = await Upload(CatalogRepository.Zipped(CatalogRepository.InsertWord));

        var change = page.QuerySelector($"#change-{CatalogRepository.ChangedClause}")!;
        change.QuerySelectorAll("ins").Select(i => i.TextContent.Trim()).ShouldContain(CatalogRepository.InsertedWord);
        page.QuerySelectorAll("article.change").Length.ShouldBe(1);
        var redline = Uploads.DataLink(page, "#download-redline");
        WordFiles.ValidationErrors(redline).ShouldBeEmpty();
        using var word = WordFiles.Open(redline);
        string.Concat(WordFiles.Body(word).Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>().Select(r => r.InnerText))
            .ShouldContain(CatalogRepository.InsertedWord);
    }

    [Fact]
    public async Task An_archive_entry_leaving_the_folder_is_refused()
    {
        var page = await Upload(CatalogRepository.Zip(("../../evil/catalog.yaml", Encoding.UTF8.GetBytes("x")), ("/etc/cron.d/x.md", [1])));

        var problems = page.QuerySelector("#problems")!.TextContent;
        problems.ShouldContain("katalog.zip!../../evil/catalog.yaml: error PK0923");
        problems.ShouldContain("katalog.zip!/etc/cron.d/x.md: error PK0923");
    }

    [Fact]
    public async Task An_archive_unpacking_to_too_much_is_stopped()
    {
        var page = await Upload(CatalogRepository.Zip(("catalog.yaml", new byte[3 * 1024 * 1024])));

        page.QuerySelector("#problems")!.TextContent.ShouldContain("katalog.zip: error PK0924: the archive is too large: catalog.yaml unpacks to more than 2 MB");
    }

    [Fact]
    public async Task A_file_that_is_no_zip_or_holds_no_catalog_is_named_as_such()
    {
        var notZip = await Upload(Encoding.UTF8.GetBytes("kein zip"));
        var noCatalog = await Upload(CatalogRepository.Zip(("readme.md", Encoding.UTF8.GetBytes("# hallo"))));
        var broken = await Upload(CatalogRepository.Zip(("catalog.yaml", Encoding.UTF8.GetBytes("name: [unclosed"))));

        notZip.QuerySelector("#problems")!.TextContent.ShouldContain("katalog.zip: error PK0925");
        noCatalog.QuerySelector("#problems")!.TextContent.ShouldContain("katalog.zip: error PK0926: the archive holds no catalog.yaml");
        broken.QuerySelector("#problems")!.TextContent.ShouldContain("error PK0928: the catalog has");
    }
}
