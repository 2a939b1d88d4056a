using System.Net;
using ProcurementKit.Tests.Support;
using ProcurementKit.Web.Tests.Support;

namespace ProcurementKit.Web.Tests.Library;

/// <summary>Comparing two git revisions of the served catalog: a temporary repository with two tagged commits, served with --catalog.</summary>
public sealed class CatalogRevisionTests(CatalogServer server) : IClassFixture<CatalogServer>
{
    [Fact]
    public async Task The_page_offers_the_tags_and_commits_and_shows_the_inserted_word()
    {
        using var client = server.Client();
        var form = await PageForm.Parse(await client.GetAsync("/library/diff"));
        var offered = form.QuerySelectorAll("#old option").Select(o => o.GetAttribute("value")).ToList();
        offered.ShouldContain("v1.0");
        offered.ShouldContain("v1.1");
        offered.ShouldContain(server.Repository.Commit("HEAD"));

        using var response = await client.GetAsync("/library/diff?old=v1.0&new=v1.1");

        var page = await PageForm.Parse(response);
        page.QuerySelector("#diff h2")!.TextContent.ShouldBe("v1.0 → v1.1");
        var change = page.QuerySelectorAll("article.change").ShouldHaveSingleItem();
        change.Id.ShouldBe($"change-{CatalogRepository.ChangedClause}");
        change.QuerySelectorAll("ins").Select(i => i.TextContent.Trim()).ShouldBe([CatalogRepository.InsertedWord]);
        change.QuerySelectorAll("del").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_redline_of_two_revisions_downloads_with_the_insertion_tracked()
    {
        using var client = server.Client();
        using var response = await client.GetAsync("/library/diff?handler=Redline&old=v1.0&new=v1.1");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        WordFiles.ValidationErrors(bytes).ShouldBeEmpty();
        using var word = WordFiles.Open(bytes);
        string.Concat(WordFiles.Body(word).Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>().Select(r => r.InnerText))
            .ShouldContain(CatalogRepository.InsertedWord);
    }
}
