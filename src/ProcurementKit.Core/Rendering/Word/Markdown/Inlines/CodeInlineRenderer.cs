using Markdig.Syntax.Inlines;

namespace ProcurementKit.Rendering.Word.Markdown.Inlines;

/// <summary>`code` in the monospace character style.</summary>
internal sealed class CodeInlineRenderer : WordObjectRenderer<CodeInline>
{
    protected override void Write(WordMarkdownRenderer renderer, CodeInline obj) => renderer.WriteText(obj.Content, WordStyleIds.Code);
}
