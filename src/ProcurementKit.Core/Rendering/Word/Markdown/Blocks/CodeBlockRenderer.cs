using Markdig.Syntax;

namespace ProcurementKit.Rendering.Word.Markdown.Blocks;

/// <summary>A fenced or indented code block: one shaded monospace paragraph, lines kept.</summary>
internal sealed class CodeBlockRenderer : WordObjectRenderer<CodeBlock>
{
    protected override void Write(WordMarkdownRenderer renderer, CodeBlock obj)
    {
        renderer.OpenParagraph(WordStyleIds.CodeBlock);
        renderer.WriteText(LiteralLines.Of(obj));
        renderer.CloseParagraph();
    }
}
