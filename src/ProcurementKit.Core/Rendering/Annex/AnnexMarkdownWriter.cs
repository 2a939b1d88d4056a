using System.Text;
using ProcurementKit.Catalog;

namespace ProcurementKit.Rendering.Annex;

/// <summary>What the Markdown title block (YAML metadata, as pandoc reads it) says.</summary>
internal sealed record AnnexMarkdownInfo(string Title, string Subtitle, string Author, string Date, Language Language);

/// <summary>
/// Writes the annex blocks as Markdown for review in git and as pandoc input: YAML metadata, headings
/// with their numbers and pandoc ids ({#req-UPD-01}), pipe tables, links to the ids.
/// </summary>
internal static class AnnexMarkdownWriter
{
    public static void Write(Stream output, IReadOnlyList<AnnexBlock> blocks, AnnexMarkdownInfo info)
    {
        var text = new StringBuilder();
        text.Append("---\n")
            .Append($"title: {Quoted(info.Title)}\n")
            .Append($"subtitle: {Quoted(info.Subtitle)}\n")
            .Append($"author: {Quoted(info.Author)}\n")
            .Append($"date: {Quoted(info.Date)}\n")
            .Append($"lang: {(info.Language == Language.German ? "de-DE" : "en-US")}\n")
            .Append("---\n\n");
        foreach (var block in blocks)
        {
            Write(text, block, blocks);
        }

        output.Write(new UTF8Encoding(false).GetBytes(text.ToString().TrimEnd('\n') + "\n"));
    }

    private static void Write(StringBuilder text, AnnexBlock block, IReadOnlyList<AnnexBlock> blocks)
    {
        switch (block)
        {
            case AnnexContents contents:
                text.Append($"**{MarkdownEscape.Text(contents.Title)}**\n\n");
                foreach (var heading in blocks.OfType<AnnexHeading>().Where(h => h.Level <= 2))
                {
                    text.Append(' ', (heading.Level - 1) * 2).Append($"- [{Label(heading)}](#{heading.Anchor})\n");
                }

                text.Append('\n');
                break;
            case AnnexHeading heading:
                text.Append('#', heading.Level).Append($" {Label(heading)} {{#{heading.Anchor}}}\n\n");
                break;
            case AnnexProse prose:
                text.Append(prose.Markdown.Trim('\n')).Append("\n\n");
                break;
            case AnnexMeta meta:
                text.Append(Spans(meta.Spans)).Append("\n\n");
                break;
            case AnnexNote note:
                text.Append($"> **{MarkdownEscape.Text(note.Label)}** {MarkdownEscape.Text(note.Text)}\n\n");
                break;
            case AnnexTable { KeyValue: true } pairs:
                foreach (var row in pairs.Rows)
                {
                    text.Append($"- **{MarkdownEscape.Text(row[0].PlainText)}:** {Cell(row[1])}\n");
                }

                text.Append('\n');
                break;
            case AnnexTable table:
                text.Append("| ").AppendJoin(" | ", table.Columns.Select(c => MarkdownEscape.Text(c.Header))).Append(" |\n");
                text.Append('|').AppendJoin('|', table.Columns.Select(c => c.AlignRight ? "---:" : "---")).Append("|\n");
                foreach (var row in table.Rows)
                {
                    text.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
                }

                text.Append('\n');
                break;
        }
    }

    private static string Label(AnnexHeading heading) =>
        heading.Number.Length > 0 ? $"{heading.Number} {MarkdownEscape.Text(heading.Text)}" : MarkdownEscape.Text(heading.Text);

    /// <summary>A pipe-table cell is one line: line breaks inside a cell become "; ".</summary>
    private static string Cell(AnnexCell cell) =>
        Spans(cell.Spans.Select(s => s with { Text = s.Text.Replace("\n", "; ", StringComparison.Ordinal) }));

    private static string Spans(IEnumerable<AnnexSpan> spans) => string.Concat(spans.Select(s => s switch
    {
        { Text.Length: 0 } => string.Empty,
        { Anchor: { } anchor } => $"[{MarkdownEscape.Text(s.Text)}](#{anchor})",
        { Bold: true } => $"**{MarkdownEscape.Text(s.Text)}**",
        _ => MarkdownEscape.Text(s.Text),
    }));

    private static string Quoted(string value) => $"\"{value.ReplaceLineEndings(" ").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}
