using Markdig.Syntax.Inlines;

namespace ProcurementKit.Rendering.Word.Markdown.Inlines;

/// <summary>A hard break (two spaces or backslash at the line end) breaks the line; a soft break is a space.</summary>
internal sealed class LineBreakInlineRenderer : WordObjectRenderer<LineBreakInline>
{
    protected override void Write(WordMarkdownRenderer renderer, LineBreakInline obj)
    {
        if (obj.IsHard)
        {
            renderer.WriteBreak();
        }
        else
        {
            renderer.WriteText(" ");
        }
    }
}
