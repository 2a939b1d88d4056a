using System.Net;
using System.Text;
using AngleSharp.Html.Dom;

namespace ProcurementKit.Web.Tests.Support;

/// <summary>Walks the workbench as a browser would, for endpoint tests: open a tender, press buttons, read the page that comes back.</summary>
internal static class WorkbenchFlow
{
    public static async Task<IHtmlDocument> Open(HttpClient client, string tender, string ui = "de")
    {
        var start = await PageForm.Parse(await client.GetAsync($"/?ui={ui}"));
        var fields = PageForm.Containing(start, "#open-tender").Fields();
        using var response = await client.PostAsync("/?handler=Open", Examples.Upload("tender", "tender.json", Encoding.UTF8.GetBytes(tender), fields));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await PageForm.Parse(response);
    }

    /// <summary>Presses a button of the step form (<c>go</c>), with the given fields changed.</summary>
    public static async Task<IHtmlDocument> Press(HttpClient client, IHtmlDocument page, string go, IReadOnlyDictionary<string, string>? values = null)
    {
        var fields = new Dictionary<string, string>(values ?? new Dictionary<string, string>()) { ["go"] = go };
        using var response = await PageForm.Containing(page, "#step-form input[name=from]").Post(client, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await PageForm.Parse(response);
    }

    /// <summary>Presses "next" until the page's title is <paramref name="heading"/>; fails if a step stops with problems.</summary>
    public static async Task<IHtmlDocument> NextUntil(HttpClient client, IHtmlDocument page, string heading)
    {
        for (var i = 0; i < 12 && page.QuerySelector("h1")!.TextContent != heading; i++)
        {
            var before = Where(page);
            page = await Press(client, page, "next");
            if (Where(page) == before)
            {
                throw new InvalidOperationException($"the step '{before}' did not go on: {page.QuerySelector(".problems")?.TextContent}");
            }
        }

        page.QuerySelector("h1")!.TextContent.ShouldBe(heading);
        return page;
    }

    /// <summary>The step, and on the protection needs the goal the questionnaire shows.</summary>
    private static string Where(IHtmlDocument page) => page.QuerySelector("h1")!.TextContent + " " + page.QuerySelector("#goal-title")?.TextContent;

    /// <summary>A document (or the tender, or the zip) downloaded from the documents step.</summary>
    public static async Task<HttpResponseMessage> Download(HttpClient client, IHtmlDocument documents, string document) =>
        await PageForm.Containing(documents, "#download-tender").Post(client, new Dictionary<string, string> { ["document"] = document });

    public static string State(IHtmlDocument page) => ((IHtmlInputElement)page.QuerySelector("#step-form input[name=state]")!).Value;
}
