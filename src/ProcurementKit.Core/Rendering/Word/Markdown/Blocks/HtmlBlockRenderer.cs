using Markdig.Syntax;

namespace ProcurementKit.Rendering.Word.Markdown.Blocks;

/// <summary>Raw HTML in a clause is shown exactly as written, never interpreted.</summary>
internal sealed class HtmlBlockRenderer : WordObjectRenderer<HtmlBlock>
{
    protected override void Write(WordMarkdownRenderer renderer, HtmlBlock obj)
    {
        renderer.OpenParagraph();
        renderer.WriteText(LiteralLines.Of(obj));
        renderer.CloseParagraph();
    }
}
