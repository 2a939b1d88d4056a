using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ProcurementKit.Web.Tests.Support;

/// <summary>
/// Posts a page's forms as a browser would, for endpoint tests: the fields the page rendered (hidden state and
/// antiforgery token included), with the test's own values on top.
/// </summary>
public sealed class PageForm
{
    private readonly IHtmlFormElement _form;

    private PageForm(IHtmlFormElement form) => _form = form;

    public static async Task<IHtmlDocument> Parse(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlParser().ParseDocument(html);
    }

    /// <summary>The form of the page that contains the element matching <paramref name="selector"/>.</summary>
    public static PageForm Containing(IHtmlDocument page, string selector) =>
        new(page.QuerySelector(selector)?.Closest("form") as IHtmlFormElement
            ?? throw new InvalidOperationException($"no form with '{selector}' on the page: {page.Title}"));

    public string Action => _form.GetAttribute("action") ?? "/";

    /// <summary>The form's fields as rendered (inputs, selects, textareas), with <paramref name="values"/> replacing or adding.</summary>
    public Dictionary<string, string> Fields(IReadOnlyDictionary<string, string>? values = null)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Pairs(values))
        {
            fields[key] = value;
        }

        return fields;
    }

    /// <summary>
    /// The fields in the order a browser posts them, several for a name where several boxes are ticked;
    /// a name in <paramref name="values"/> replaces all of them (several values separated by '|').
    /// </summary>
    public List<KeyValuePair<string, string>> Pairs(IReadOnlyDictionary<string, string>? values = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in _form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type != "file" && input.Type != "submit":
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    fields.Add(new(name, select.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } area:
                    fields.Add(new(name, area.Value));
                    break;
            }
        }

        foreach (var (key, value) in values ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == key);
            fields.AddRange(value.Split('|').Select(v => new KeyValuePair<string, string>(key, v)));
        }

        return fields;
    }

    public Task<HttpResponseMessage> Post(HttpClient client, IReadOnlyDictionary<string, string>? values = null) =>
        client.PostAsync(Action, new FormUrlEncodedContent(Pairs(values)));
}
