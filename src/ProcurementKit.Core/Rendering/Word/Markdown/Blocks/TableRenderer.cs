using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using TableColumnAlign = Markdig.Extensions.Tables.TableColumnAlign;
using MarkdownTable = Markdig.Extensions.Tables.Table;
using MarkdownTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdownTableRow = Markdig.Extensions.Tables.TableRow;

namespace ProcurementKit.Rendering.Word.Markdown.Blocks;

/// <summary>
/// A pipe table becomes a <see cref="WordTable"/> with a repeating header row; column widths follow the
/// longest text in each column, alignment follows the delimiter row (":--:").
/// </summary>
internal sealed class TableRenderer : WordObjectRenderer<MarkdownTable>
{
    protected override void Write(WordMarkdownRenderer renderer, MarkdownTable obj)
    {
        var rows = obj.OfType<MarkdownTableRow>().ToList();
        var columns = Math.Max(1, rows.Select(r => r.Count).DefaultIfEmpty(1).Max());
        var widths = Enumerable.Range(0, columns)
            .Select(c => Math.Clamp(rows.Select(r => c < r.Count ? CellLength(r[c]) : 0).Max(), 6, 60))
            .ToArray();
        var table = new WordTable(widths);
        foreach (var row in rows)
        {
            var cells = new List<TableCell>();
            foreach (var (cell, index) in row.OfType<MarkdownTableCell>().Select((c, i) => (c, i)))
            {
                var target = new TableCell();
                renderer.PushContainer(target, isCell: true);
                renderer.WriteChildren(cell);
                renderer.PopContainer(isCell: true);
                Align(target, index < obj.ColumnDefinitions.Count ? obj.ColumnDefinitions[index].Alignment : null);
                cells.Add(WordTable.Cell([.. target.ChildElements.Select(e => e.CloneNode(true))]));
            }

            table.AddRow(row.IsHeader && rows.IndexOf(row) == 0, cells);
        }

        renderer.AppendBlock(table.ToTable(renderer.Document.TextWidth));
        renderer.AppendBlock(WordText.Spacer());
    }

    private static int CellLength(Markdig.Syntax.Block cell) =>
        cell is MarkdownTableCell c ? c.Descendants<Markdig.Syntax.ParagraphBlock>().Sum(p => HeadingRenderer.PlainText(p.Inline).Length) : 0;

    private static void Align(TableCell cell, TableColumnAlign? alignment)
    {
        var justification = alignment switch
        {
            TableColumnAlign.Center => JustificationValues.Center,
            TableColumnAlign.Right => JustificationValues.Right,
            _ => (JustificationValues?)null,
        };
        if (justification is null)
        {
            return;
        }

        foreach (var paragraph in cell.Elements<Paragraph>())
        {
            paragraph.ParagraphProperties ??= new ParagraphProperties();
            paragraph.ParagraphProperties.Justification = new Justification { Val = justification.Value };
        }
    }
}
