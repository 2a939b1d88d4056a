using Markdig.Syntax.Inlines;

namespace ProcurementKit.Rendering.Word.Markdown.Inlines;

/// <summary>An entity such as &amp;amp; or &amp;nbsp; as the character it stands for.</summary>
internal sealed class HtmlEntityInlineRenderer : WordObjectRenderer<HtmlEntityInline>
{
    protected override void Write(WordMarkdownRenderer renderer, HtmlEntityInline obj) => renderer.WriteText(obj.Transcoded.ToString());
}
