using Markdig.Syntax.Inlines;

namespace ProcurementKit.Rendering.Word.Markdown.Inlines;

/// <summary>Plain text in the current format.</summary>
internal sealed class LiteralInlineRenderer : WordObjectRenderer<LiteralInline>
{
    protected override void Write(WordMarkdownRenderer renderer, LiteralInline obj) => renderer.WriteText(obj.Content.ToString());
}
