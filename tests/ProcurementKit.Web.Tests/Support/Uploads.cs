using System.Net.Http.Headers;
using AngleSharp.Html.Dom;

namespace ProcurementKit.Web.Tests.Support;

/// <summary>Multipart posts of a page's upload form, as a browser sends them: the rendered fields (antiforgery token included) and the files.</summary>
internal static class Uploads
{
    public static async Task<HttpResponseMessage> Post(
        HttpClient client, string page, string formSelector, string action, IEnumerable<(string Field, string Name, byte[] Content)> files, bool expectContinue = false)
    {
        var rendered = await PageForm.Parse(await client.GetAsync(page));
        var form = new MultipartFormDataContent();
        foreach (var (key, value) in PageForm.Containing(rendered, formSelector).Fields())
        {
            form.Add(new StringContent(value), key);
        }

        foreach (var (field, name, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, field, name);
        }

        // With "Expect: 100-continue" a refused body is never sent, so a too-large request gets its answer instead of a reset.
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = form };
        request.Headers.ExpectContinue = expectContinue;
        return await client.SendAsync(request);
    }

    /// <summary>The bytes behind a data: link the page carries (the documents travel with the page).</summary>
    public static byte[] DataLink(IHtmlDocument page, string selector)
    {
        var href = page.QuerySelector(selector)?.GetAttribute("href") ?? throw new InvalidOperationException($"no link '{selector}' on the page");
        href.ShouldStartWith("data:");
        return Convert.FromBase64String(href[(href.IndexOf(',', StringComparison.Ordinal) + 1)..]);
    }
}
