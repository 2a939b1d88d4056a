using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace ProcurementKit.Rendering.Word.Markdown.Blocks;

/// <summary>A thematic break ("---") is an empty paragraph with a rule below it.</summary>
internal sealed class ThematicBreakRenderer : WordObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(WordMarkdownRenderer renderer, ThematicBreakBlock obj)
    {
        var paragraph = renderer.OpenParagraph();
        paragraph.ParagraphProperties ??= new ParagraphProperties();
        paragraph.ParagraphProperties.ParagraphBorders = new ParagraphBorders(
            new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "A6A6A6" });
        renderer.CloseParagraph();
    }
}
