using ProcurementKit.Catalog;

namespace ProcurementKit.Web.Hosting;

/// <summary>
/// The language of the pages: <c>ui=en</c> in the query or a form, German otherwise. It travels with every link and
/// form, like the tender itself, so the server keeps no session.
/// </summary>
public static class UiLanguage
{
    public const string Key = "ui";

    public static Language Of(HttpRequest request)
    {
        var code = request.HasFormContentType && request.Form.TryGetValue(Key, out var posted) ? posted.ToString() : request.Query[Key].ToString();
        return Languages.TryParse(code, out var language) ? language : Language.German;
    }
}
