using Markdig.Syntax.Inlines;

namespace ProcurementKit.Rendering.Word.Markdown.Inlines;

/// <summary>An inline HTML tag is printed as the text it is, never interpreted.</summary>
internal sealed class HtmlInlineRenderer : WordObjectRenderer<HtmlInline>
{
    protected override void Write(WordMarkdownRenderer renderer, HtmlInline obj) => renderer.WriteText(obj.Tag);
}
