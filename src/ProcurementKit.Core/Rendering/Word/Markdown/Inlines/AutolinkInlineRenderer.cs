using Markdig.Syntax.Inlines;

namespace ProcurementKit.Rendering.Word.Markdown.Inlines;

/// <summary>&lt;https://example.org&gt; and &lt;name@example.org&gt;: a hyperlink showing the address.</summary>
internal sealed class AutolinkInlineRenderer : WordObjectRenderer<AutolinkInline>
{
    protected override void Write(WordMarkdownRenderer renderer, AutolinkInline obj)
    {
        var link = renderer.Document.NewExternalLink(obj.IsEmail ? $"mailto:{obj.Url}" : obj.Url);
        if (link is null)
        {
            renderer.WriteText(obj.Url);
            return;
        }

        renderer.BeginLink(link);
        renderer.WriteText(obj.Url);
        renderer.EndLink();
    }
}
