using Markdig.Syntax;

namespace ProcurementKit.Rendering.Word.Markdown.Blocks;

/// <summary>A block quote: its paragraphs take the Quote style (indented, with a bar on the left).</summary>
internal sealed class QuoteBlockRenderer : WordObjectRenderer<QuoteBlock>
{
    protected override void Write(WordMarkdownRenderer renderer, QuoteBlock obj)
    {
        renderer.QuoteDepth++;
        renderer.WriteChildren(obj);
        renderer.QuoteDepth--;
    }
}
