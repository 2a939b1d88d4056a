using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProcurementKit.Rendering.Word;

/// <summary>
/// Builds a full-width table whose header row repeats on every page and whose rows do not split across
/// pages; a small table is kept on one page. Column widths are relative (e.g. 1, 4, 2) and become fractions
/// of the section's text width when the table is placed (<see cref="ToTable(int)"/>), widened where a header
/// label would otherwise break inside a word.
/// </summary>
public sealed class WordTable
{
    /// <summary>The text width of an A4 page with the default margins, in twentieths of a point.</summary>
    public const int TextWidth = 9354;

    /// <summary>Tables up to this many rows (header included) are kept on one page, unless their text is long.</summary>
    public const int SmallTableRows = 10;

    /// <summary>...and hold at most this many characters (about a third of a page of table text).</summary>
    public const int SmallTableCharacters = 1200;

    private readonly Table _table;
    private readonly int[] _relative;
    private int[] _widths;
    private int[] _minimum;
    private bool _hasHeader;

    /// <summary>A grid table (<see cref="WordStyleIds.Table"/>) with the given relative column widths.</summary>
    public WordTable(params int[] relativeWidths)
        : this(WordStyleIds.Table, relativeWidths)
    {
    }

    /// <summary>A table in <paramref name="style"/>; <see cref="WordStyleIds.KeyValueTable"/> makes label/value lists.</summary>
    public WordTable(string style, params int[] relativeWidths)
    {
        ArgumentOutOfRangeException.ThrowIfZero(relativeWidths.Length);
        _relative = relativeWidths;
        _minimum = new int[relativeWidths.Length];
        _widths = WordColumnWidths.Fit(_relative, _minimum, TextWidth);
        var keyValue = style == WordStyleIds.KeyValueTable;
        _table = new Table(
            new TableProperties(
                new TableStyle { Val = style },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook
                {
                    Val = keyValue ? "0080" : "0420",
                    FirstRow = !keyValue,
                    FirstColumn = keyValue,
                    LastRow = false,
                    LastColumn = false,
                    NoHorizontalBand = true,
                    NoVerticalBand = true,
                }),
            new TableGrid(_widths.Select(w => new GridColumn { Width = Twips(w) })));
    }

    public int ColumnCount => _widths.Length;

    /// <summary>The columns' widths in twentieths of a point, as the grid and every cell state them.</summary>
    internal IReadOnlyList<int> ColumnWidths => _widths;

    /// <summary>The header row, repeated at the top of every page the table spans. Only the first row can be one.</summary>
    public WordTable Header(params string[] texts) => AddRow(header: true, texts.Select(t => Cell(t)));

    /// <summary>A row of plain-text cells.</summary>
    public WordTable Row(params string[] texts) => AddRow(header: false, texts.Select(t => Cell(t)));

    /// <summary>A row of prepared cells (see <see cref="Cell(OpenXmlElement[])"/>).</summary>
    public WordTable Row(params TableCell[] cells) => AddRow(header: false, cells);

    /// <summary>Adds a row; missing cells are filled with empty ones so every row spans the grid.</summary>
    public WordTable AddRow(bool header, IEnumerable<TableCell> cells)
    {
        if (header && (_hasHeader || _table.Elements<TableRow>().Any()))
        {
            throw new InvalidOperationException("the header must be the table's first and only header row");
        }

        _hasHeader |= header;
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        var row = new TableRow(properties);
        var list = cells.ToList();
        if (header)
        {
            _minimum = [.. Enumerable.Range(0, _relative.Length).Select(i => i < list.Count ? WordColumnWidths.LabelMinimum(list[i].InnerText) : 0)];

            // Header labels break only between words, never by hyphenation.
            foreach (var paragraph in list.SelectMany(c => c.Descendants<Paragraph>()))
            {
                paragraph.ParagraphProperties ??= new ParagraphProperties();
                paragraph.ParagraphProperties.SuppressAutoHyphens = new SuppressAutoHyphens();
            }
        }

        while (list.Count < _widths.Length)
        {
            list.Add(Cell(string.Empty));
        }

        for (var i = 0; i < list.Count && i < _widths.Length; i++)
        {
            var cell = list[i];
            cell.TableCellProperties ??= new TableCellProperties();
            cell.TableCellProperties.TableCellWidth = new TableCellWidth { Width = Twips(_widths[i]), Type = TableWidthUnitValues.Dxa };
            row.Append(cell);
        }

        _table.Append(row);
        return this;
    }

    /// <summary>
    /// The table element as built so far, e.g. to mark its last row as inserted; it is finished (widths for the
    /// page, kept together when small) by <see cref="ToTable(int)"/> when placed.
    /// </summary>
    public Table ToTable() => _table;

    /// <summary>
    /// The finished table element for a text area <paramref name="textWidth"/> twips wide (the section's page
    /// width minus its margins): column widths as fractions of it, every header label's longest word fitting,
    /// and a small table kept on one page (keep-with-next on every row but the last).
    /// </summary>
    public Table ToTable(int textWidth)
    {
        _widths = WordColumnWidths.Fit(_relative, _minimum, textWidth);
        var grid = _table.GetFirstChild<TableGrid>()!;
        foreach (var (column, width) in grid.Elements<GridColumn>().Zip(_widths))
        {
            column.Width = Twips(width);
        }

        var rows = _table.Elements<TableRow>().ToList();
        foreach (var row in rows)
        {
            foreach (var (cell, width) in row.Elements<TableCell>().Zip(_widths))
            {
                cell.TableCellProperties!.TableCellWidth!.Width = Twips(width);
            }
        }

        if (rows.Count <= SmallTableRows && rows.Sum(r => r.InnerText.Length) <= SmallTableCharacters)
        {
            KeepTogether(rows);
        }

        return _table;
    }

    /// <summary>
    /// A cell from content: paragraphs and tables are kept as they are, runs and hyperlinks are gathered
    /// into table-text paragraphs. A cell always ends with a paragraph, as Word requires.
    /// </summary>
    public static TableCell Cell(params OpenXmlElement[] content)
    {
        var cell = new TableCell();
        Paragraph? open = null;
        foreach (var element in content)
        {
            if (element is Paragraph or Table)
            {
                cell.Append(element);
                open = null;
            }
            else
            {
                open ??= cell.AppendChild(WordText.ParagraphOf(WordStyleIds.TableText));
                open.Append(element);
            }
        }

        if (cell.LastChild is not Paragraph)
        {
            cell.Append(WordText.ParagraphOf(WordStyleIds.TableText));
        }

        return cell;
    }

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every paragraph of every row but the last keeps with the next, so Word and LibreOffice move the whole table.</summary>
    private static void KeepTogether(List<TableRow> rows)
    {
        foreach (var paragraph in rows.SkipLast(1).SelectMany(r => r.Descendants<Paragraph>()))
        {
            paragraph.ParagraphProperties ??= new ParagraphProperties();
            paragraph.ParagraphProperties.KeepNext ??= new KeepNext();
        }
    }

    /// <summary>A cell holding one paragraph of plain text.</summary>
    public static TableCell Cell(string text, bool bold = false) => Cell(WordText.Run(text, bold));

    /// <summary>A cell holding a figure, aligned right so the digits of a column line up.</summary>
    public static TableCell NumberCell(string text, bool bold = false)
    {
        var cell = Cell(text, bold);
        var paragraph = cell.Elements<Paragraph>().First();
        paragraph.ParagraphProperties ??= new ParagraphProperties();
        paragraph.ParagraphProperties.Justification = new Justification { Val = JustificationValues.Right };
        return cell;
    }
}
