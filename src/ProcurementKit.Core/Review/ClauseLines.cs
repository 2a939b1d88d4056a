using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ProcurementKit.Review;

/// <summary>
/// The reading text of a clause body for a redline: one line per paragraph, list item or table row, with the
/// list number or bullet written out and followed by a tab, nesting as leading tabs, and without Markdown markers
/// (no <c>**</c>).
/// Tracked changes are made over this text, so accepting them all gives exactly <c>Of(new body)</c>.
/// </summary>
public static class ClauseLines
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static string Of(string markdown)
    {
        var lines = new List<string>();
        foreach (var block in Markdown.Parse(markdown, s_pipeline))
        {
            AddBlock(block, 0, string.Empty, lines);
        }

        return string.Join('\n', lines);
    }

    private static void AddBlock(Block block, int depth, string prefix, List<string> lines)
    {
        var indent = new string('\t', depth);
        switch (block)
        {
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var marker = list.IsOrdered ? $"{item.Order}{list.OrderedDelimiter}\t" : "•\t";
                    AddItem(item, depth, marker, lines);
                }

                break;
            case Table table:
                lines.AddRange(table.OfType<TableRow>().Select(row =>
                    indent + string.Join(" | ", row.OfType<TableCell>().Select(CellText))));
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    AddBlock(child, depth + 1, prefix, lines);
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AddBlock(child, depth, prefix, lines);
                }

                break;
            case LeafBlock { Inline: { } inline }:
                lines.Add(indent + prefix + InlineText(inline));
                break;
            case LeafBlock leaf when leaf is not ThematicBreakBlock:
                lines.AddRange(leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => indent + prefix + l.ToString()));
                break;
        }
    }

    private static void AddItem(ListItemBlock item, int depth, string marker, List<string> lines)
    {
        var first = true;
        foreach (var child in item)
        {
            // The marker goes on the item's first paragraph; nested lists and further paragraphs are indented below it.
            var isList = child is ListBlock;
            AddBlock(child, isList ? depth + 1 : depth, first && !isList ? marker : string.Empty, lines);
            first = false;
        }
    }

    private static string CellText(TableCell cell) =>
        string.Join(" ", cell.OfType<LeafBlock>().Select(b => b.Inline is null ? string.Empty : InlineText(b.Inline)));

    private static string InlineText(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container)
        {
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                LineBreakInline => " ",
                HtmlEntityInline entity => entity.Transcoded.ToString(),
                HtmlInline html => html.Tag,
                AutolinkInline autolink => autolink.Url,
                LinkInline link => LinkText(link),
                ContainerInline inner => InlineText(inner),
                _ => string.Empty,
            });
        }

        return text.ToString();
    }

    /// <summary>A link keeps its target in the text, because a changed URL is a change the reviewer must see.</summary>
    private static string LinkText(LinkInline link)
    {
        var label = InlineText(link);
        return link.Url is { Length: > 0 } url && url != label ? $"{label} ({url})" : label;
    }
}
