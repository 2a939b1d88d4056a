using Markdig.Syntax.Inlines;

namespace ProcurementKit.Rendering.Word.Markdown.Inlines;

/// <summary>
/// [text](url): "#anchor" links to a heading of the document, absolute URLs become hyperlinks, anything
/// else stays text. Images are not embedded; their alternative text is shown.
/// </summary>
internal sealed class LinkInlineRenderer : WordObjectRenderer<LinkInline>
{
    protected override void Write(WordMarkdownRenderer renderer, LinkInline obj)
    {
        var url = obj.GetDynamicUrl?.Invoke() ?? obj.Url ?? string.Empty;
        var link = obj.IsImage
            ? null
            : url.StartsWith('#') ? renderer.Document.NewInternalLink(url[1..]) : renderer.Document.NewExternalLink(url);
        if (link is null)
        {
            renderer.WriteChildren(obj);
            return;
        }

        renderer.BeginLink(link);
        if (obj.FirstChild is null)
        {
            renderer.WriteText(url);
        }

        renderer.WriteChildren(obj);
        renderer.EndLink();
    }
}
