using System.Globalization;
using Markdig.Syntax;

namespace ProcurementKit.Rendering.Word.Markdown.Blocks;

/// <summary>
/// A bullet or ordered list, nested to any depth. Each list gets a new numbering instance, so every
/// ordered list starts at its own first number instead of continuing the previous list.
/// </summary>
internal sealed class ListRenderer : WordObjectRenderer<ListBlock>
{
    protected override void Write(WordMarkdownRenderer renderer, ListBlock obj)
    {
        var level = renderer.ListDepth;
        var numbering = renderer.Document.Numbering;
        var numId = obj.IsOrdered
            ? numbering.OrderedList(level, int.TryParse(obj.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1)
            : numbering.BulletList(level);
        renderer.BeginList(numId, level);
        foreach (var item in obj.OfType<ListItemBlock>())
        {
            renderer.BeginListItem();
            renderer.WriteChildren(item);
        }

        renderer.EndList();

        // List items sit close together; the text after the whole list needs the usual distance.
        if (level == 0)
        {
            renderer.SpaceAfterLastParagraph();
        }
    }
}
