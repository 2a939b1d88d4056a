using Markdig;
using Markdig.Syntax;

namespace ProcurementKit.Rendering.Review;

/// <summary>
/// Cuts Markdown into its top-level blocks (paragraph, list item, table, quote) as source text, so German and
/// English can be set side by side block by block: short table rows that line up and break across pages between
/// blocks. A list item keeps its number ("3. ...") and its nested items.
/// </summary>
internal static class MarkdownSlices
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static IReadOnlyList<string> Of(string markdown) =>
        [.. Markdown.Parse(markdown, s_pipeline)
            .SelectMany(b => b is ListBlock list ? list.Cast<Block>() : [b])
            .Where(b => b.Span.Length > 0)
            .Select(b => markdown.Substring(b.Span.Start, Math.Min(b.Span.Length, markdown.Length - b.Span.Start)))];

    /// <summary>Pairs the blocks of two texts by position; the longer text's extra blocks join its last row.</summary>
    public static IReadOnlyList<(string Left, string Right)> Pair(string left, string right)
    {
        var a = Of(left);
        var b = Of(right);
        var rows = Math.Max(1, Math.Min(a.Count, b.Count));
        return [.. Enumerable.Range(0, rows).Select(i => (Join(a, i, rows), Join(b, i, rows)))];
    }

    private static string Join(IReadOnlyList<string> blocks, int row, int rows) =>
        row < rows - 1 ? blocks.ElementAtOrDefault(row) ?? string.Empty : string.Join("\n\n", blocks.Skip(row));
}
