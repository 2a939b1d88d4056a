using Microsoft.Playwright;
using ProcurementKit.Web.Tests.Support;

namespace ProcurementKit.Web.Tests.Browser;

/// <summary>The catalog browser as a legal reviewer uses it, on a served catalog with a git history of two releases.</summary>
public sealed class LibraryBrowserTests(CatalogServer server, HeadlessChromium chromium)
    : IClassFixture<CatalogServer>, IClassFixture<HeadlessChromium>
{
    [SkippableFact]
    public async Task A_reviewer_finds_the_clauses_citing_a_cra_item_opens_one_and_sees_what_changed()
    {
        Skip.IfNot(HeadlessChromium.Installed, "Chromium is not installed (apt-get install chromium)");
        var page = await chromium.NewPage();

        await page.GotoAsync(new Uri(server.Address, "/library").ToString());
        await HeadlessChromium.Screenshot(page, "library-01-all");
        await page.SelectOptionAsync("#item", "Annex I Part I 2(c)");
        await page.ClickAsync("#apply-filters");
        await page.WaitForURLAsync(url => url.Contains("item=Annex", StringComparison.Ordinal));
        await HeadlessChromium.Screenshot(page, "library-02-cra-2c");
        var ids = await page.Locator("#clauses tbody tr td:first-child a").AllTextContentsAsync();
        ids.ShouldNotBeEmpty();
        foreach (var reference in await page.Locator("#clauses td.refs").AllTextContentsAsync())
        {
            reference.ShouldContain("CRA Annex I Part I 2(c)");
        }

        await page.ClickAsync($"#clauses a:text-is('{ids[0]}')");
        await page.WaitForSelectorAsync("#texts");
        await HeadlessChromium.Screenshot(page, "library-03-clause");
        (await page.Locator("#references").TextContentAsync())!.ShouldContain("CRA Annex I Part I 2(c)");

        await page.GotoAsync(new Uri(server.Address, "/library/coverage").ToString());
        await HeadlessChromium.Screenshot(page, "library-04-coverage");

        await page.GotoAsync(new Uri(server.Address, "/library/diff").ToString());
        await page.SelectOptionAsync("#old", "v1.0");
        await page.SelectOptionAsync("#new", "v1.1");
        await page.ClickAsync("#compare-revisions");
        await page.WaitForSelectorAsync("#diff");
        await HeadlessChromium.Screenshot(page, "library-05-diff");
        (await page.Locator($"#change-{CatalogRepository.ChangedClause} ins").AllTextContentsAsync())
            .Select(t => t.Trim()).ShouldBe([CatalogRepository.InsertedWord]);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-redline"));
        download.SuggestedFilename.ShouldBe("catalog-redline.docx");
    }
}
