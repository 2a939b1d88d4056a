using Markdig.Syntax;

namespace ProcurementKit.Rendering.Word.Markdown.Blocks;

/// <summary>
/// A paragraph; its style follows where it stands (body, list item, quote, table cell). A lead-in ("… die
/// folgenden Leistungen:") stays on the page of what it introduces.
/// </summary>
internal sealed class ParagraphRenderer : WordObjectRenderer<ParagraphBlock>
{
    protected override void Write(WordMarkdownRenderer renderer, ParagraphBlock obj)
    {
        var paragraph = renderer.OpenParagraph();
        renderer.WriteInlines(obj);
        renderer.CloseParagraph();

        // In a cell, keep-with-next would tie the row to the next one; the table decides that.
        if (!renderer.InTableCell && WordText.IsLeadIn(paragraph.InnerText))
        {
            WordText.KeepWithNext(paragraph);
        }
    }
}
