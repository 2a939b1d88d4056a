using System.Xml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProcurementKit.Rendering.Word;

/// <summary>A cell of a <see cref="WordTextTable"/>: plain text (line feeds become line breaks), bold or not, a figure aligned right or not.</summary>
public readonly record struct WordCell(string Text, bool Bold = false, bool IsNumber = false)
{
    /// <summary>A figure, aligned right so the digits of a column line up.</summary>
    public static WordCell Number(string text, bool bold = false) => new(text, bold, IsNumber: true);
}

/// <summary>
/// A <see cref="WordTable"/> whose cells hold plain text only, kept as strings until it is written. In a
/// document that streams its body (<see cref="WordDocument.StreamBlocks"/>) the rows go straight into the
/// XML, with the same bytes the element tree would give but without building it: the evaluation report of
/// 100 bidders has about 90,000 cells, and their Open XML elements were most of its time and memory
/// (docs/performance.md).
/// </summary>
public sealed class WordTextTable
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private readonly string _style;
    private readonly int[] _relativeWidths;
    private readonly List<(bool Header, WordCell[] Cells)> _rows = [];

    /// <summary>A grid table (<see cref="WordStyleIds.Table"/>) with the given relative column widths.</summary>
    public WordTextTable(params int[] relativeWidths)
        : this(WordStyleIds.Table, relativeWidths)
    {
    }

    /// <summary>A table in <paramref name="style"/>, as <see cref="WordTable(string, int[])"/>.</summary>
    public WordTextTable(string style, params int[] relativeWidths)
    {
        ArgumentOutOfRangeException.ThrowIfZero(relativeWidths.Length);
        _style = style;
        _relativeWidths = relativeWidths;
    }

    /// <summary>The header row, repeated at the top of every page the table spans. Only the first row can be one.</summary>
    public WordTextTable Header(params string[] texts)
    {
        if (_rows.Count > 0)
        {
            throw new InvalidOperationException("the header must be the table's first and only header row");
        }

        _rows.Add((true, [.. texts.Select(t => new WordCell(t))]));
        return this;
    }

    /// <summary>A row of plain-text cells.</summary>
    public WordTextTable Row(params string[] texts) => Row([.. texts.Select(t => new WordCell(t))]);

    /// <summary>A row of cells; missing cells are left empty, as in <see cref="WordTable.AddRow"/>.</summary>
    public WordTextTable Row(params WordCell[] cells)
    {
        _rows.Add((false, cells));
        return this;
    }

    /// <summary>
    /// The table as Open XML elements for a text area <paramref name="textWidth"/> twips wide, built through
    /// <see cref="WordTable"/>: the shape <see cref="WriteTo"/> writes.
    /// </summary>
    public Table ToTable(int textWidth)
    {
        var table = new WordTable(_style, _relativeWidths);
        foreach (var (header, cells) in _rows)
        {
            table.AddRow(header, cells.Select(c => c.IsNumber ? WordTable.NumberCell(c.Text, c.Bold) : WordTable.Cell(c.Text, c.Bold)));
        }

        return table.ToTable(textWidth);
    }

    /// <summary>
    /// Writes the table into a body whose writer has the w prefix in scope; style ids go through <paramref name="styleMap"/>.
    /// The same rules as <see cref="WordTable.ToTable(int)"/>: widths from the text width with every header word fitting,
    /// header labels never hyphenated, a small table kept on one page.
    /// </summary>
    internal void WriteTo(XmlWriter writer, IReadOnlyDictionary<string, string> styleMap, int textWidth)
    {
        // The table's properties and grid are few elements: they come from WordTable itself, with the header row
        // so that its labels set the columns' minimum widths.
        var shape = new WordTable(_style, _relativeWidths);
        if (_rows.Count > 0 && _rows[0].Header)
        {
            shape.AddRow(header: true, _rows[0].Cells.Select(c => WordTable.Cell(c.Text, c.Bold)));
        }

        var shell = shape.ToTable(textWidth);
        WordStyles.Remap(shell.Descendants(), styleMap);
        var widths = shape.ColumnWidths.Select(w => w.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var paragraphStyle = styleMap.GetValueOrDefault(WordStyleIds.TableText, WordStyleIds.TableText);
        var keepTogether = _rows.Count <= WordTable.SmallTableRows
            && _rows.Sum(r => r.Cells.Sum(c => VisibleLength(c.Text))) <= WordTable.SmallTableCharacters;

        writer.WriteStartElement("w", "tbl", W);
        foreach (var element in shell.ChildElements.Where(e => e is not TableRow))
        {
            element.WriteTo(writer);
        }

        for (var r = 0; r < _rows.Count; r++)
        {
            var (header, cells) = _rows[r];
            writer.WriteStartElement("w", "tr", W);
            writer.WriteStartElement("w", "trPr", W);
            Empty(writer, "cantSplit");
            if (header)
            {
                Empty(writer, "tblHeader");
            }

            writer.WriteEndElement();
            var paragraph = new CellParagraph(paragraphStyle, KeepNext: keepTogether && r < _rows.Count - 1, NoHyphens: header);
            for (var i = 0; i < widths.Length; i++)
            {
                WriteCell(writer, i < cells.Length ? cells[i] : new WordCell(string.Empty), widths[i], paragraph);
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    /// <summary>The characters a cell shows, as the element tree's InnerText counts them (line breaks are elements).</summary>
    private static int VisibleLength(string text) => text.Length - text.Count(c => c is '\n' or '\r');

    /// <summary>How the paragraphs of one row's cells are set: style, kept with the next row, not hyphenated.</summary>
    private readonly record struct CellParagraph(string Style, bool KeepNext, bool NoHyphens);

    // <w:tc><w:tcPr><w:tcW/></w:tcPr><w:p><w:pPr><w:pStyle/>[<w:keepNext/>][<w:suppressAutoHyphens/>][<w:jc/>]</w:pPr><w:r>[<w:rPr><w:b/></w:rPr>]<w:t/>[<w:br/><w:t/>…]</w:r></w:p></w:tc>
    private static void WriteCell(XmlWriter writer, WordCell cell, string width, CellParagraph paragraph)
    {
        writer.WriteStartElement("w", "tc", W);
        writer.WriteStartElement("w", "tcPr", W);
        writer.WriteStartElement("w", "tcW", W);
        writer.WriteAttributeString("w", "w", W, width);
        writer.WriteAttributeString("w", "type", W, "dxa");
        writer.WriteEndElement();
        writer.WriteEndElement();

        writer.WriteStartElement("w", "p", W);
        writer.WriteStartElement("w", "pPr", W);
        Value(writer, "pStyle", paragraph.Style);
        if (paragraph.KeepNext)
        {
            Empty(writer, "keepNext");
        }

        if (paragraph.NoHyphens)
        {
            Empty(writer, "suppressAutoHyphens");
        }

        if (cell.IsNumber)
        {
            Value(writer, "jc", "right");
        }

        writer.WriteEndElement();
        writer.WriteStartElement("w", "r", W);
        if (cell.Bold)
        {
            writer.WriteStartElement("w", "rPr", W);
            Empty(writer, "b");
            writer.WriteEndElement();
        }

        // As WordText.Run: characters XML cannot carry are dropped, line feeds become breaks, spaces are kept.
        var lines = ProcurementKit.Text.XmlText.Clean(cell.Text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                Empty(writer, "br");
            }

            writer.WriteStartElement("w", "t", W);
            writer.WriteAttributeString("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");
            writer.WriteString(lines[i]);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Empty(XmlWriter writer, string name)
    {
        writer.WriteStartElement("w", name, W);
        writer.WriteEndElement();
    }

    private static void Value(XmlWriter writer, string name, string value)
    {
        writer.WriteStartElement("w", name, W);
        writer.WriteAttributeString("w", "val", W, value);
        writer.WriteEndElement();
    }
}
