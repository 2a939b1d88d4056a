using Markdig.Syntax.Inlines;

namespace ProcurementKit.Rendering.Word.Markdown.Inlines;

/// <summary>*italic* and **bold** (also with underscores); nesting combines them.</summary>
internal sealed class EmphasisInlineRenderer : WordObjectRenderer<EmphasisInline>
{
    protected override void Write(WordMarkdownRenderer renderer, EmphasisInline obj)
    {
        var bold = obj.DelimiterCount >= 2;
        var italic = obj.DelimiterCount is 1 or >= 3;
        renderer.PushFormat(bold, italic);
        renderer.WriteChildren(obj);
        renderer.PopFormat(bold, italic);
    }
}
