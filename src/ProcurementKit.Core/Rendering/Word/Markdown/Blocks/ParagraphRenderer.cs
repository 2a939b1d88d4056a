using Markdig.Syntax;

namespace ProcurementKit.Rendering.Word.Markdown.Blocks;

/// <summary>A paragraph; its style follows where it stands (body, list item, quote, table cell).</summary>
internal sealed class ParagraphRenderer : WordObjectRenderer<ParagraphBlock>
{
    protected override void Write(WordMarkdownRenderer renderer, ParagraphBlock obj)
    {
        renderer.OpenParagraph();
        renderer.WriteInlines(obj);
        renderer.CloseParagraph();
    }
}
