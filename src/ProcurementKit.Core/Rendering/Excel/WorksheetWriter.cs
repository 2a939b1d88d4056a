using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ProcurementKit.Rendering.Excel;

/// <summary>
/// Streams the rows of a worksheet into its part with the SDK's <see cref="OpenXmlWriter"/>: one row at a
/// time, no element tree. The small parts before and after the cells (views, columns, merges, page setup)
/// are written as elements. An evaluation workbook with 100 bidders holds about 200,000 cells; built as a
/// tree they cost seconds and hundreds of megabytes (docs/performance.md).
/// </summary>
internal sealed class WorksheetWriter : IDisposable
{
    private static readonly OpenXmlAttribute s_preserveSpace = new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");
    private static readonly OpenXmlAttribute s_inlineString = new("t", string.Empty, "inlineStr");
    private static readonly OpenXmlAttribute s_customHeight = new("customHeight", string.Empty, "1");

    private static readonly OpenXmlAttribute[] s_preserve = [s_preserveSpace];

    private readonly OpenXmlWriter _writer;

    // Empty elements that only lend their names to the writer; reused for every row and cell.
    private readonly Row _row = new();
    private readonly Cell _cell = new();
    private readonly InlineString _inline = new();
    private readonly DocumentFormat.OpenXml.Spreadsheet.Text _text = new();
    private readonly CellValue _value = new();
    private readonly CellFormula _formula = new();
    private readonly List<OpenXmlAttribute> _attributes = new(3);

    public WorksheetWriter(WorksheetPart part)
    {
        // UTF-8 without a byte-order mark, as the SDK writes the other parts.
        _writer = OpenXmlWriter.Create(part, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        _writer.WriteStartElement(new Worksheet());
    }

    /// <summary>A complete element before or after the sheet data, in schema order.</summary>
    public void Element(OpenXmlElement element) => _writer.WriteElement(element);

    public void StartSheetData() => _writer.WriteStartElement(new SheetData());

    public void EndSheetData() => _writer.WriteEndElement();

    public void StartRow(int index, double? height)
    {
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", string.Empty, Invariant(index)));
        if (height is { } points)
        {
            _attributes.Add(new OpenXmlAttribute("ht", string.Empty, points.ToString(CultureInfo.InvariantCulture)));
            _attributes.Add(s_customHeight);
        }

        _writer.WriteStartElement(_row, _attributes);
    }

    public void EndRow() => _writer.WriteEndElement();

    public void Cell(string reference, SheetCell cell)
    {
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", string.Empty, reference));
        _attributes.Add(new OpenXmlAttribute("s", string.Empty, Invariant((int)cell.Style)));
        if (cell.Kind == SheetCellKind.Text)
        {
            _attributes.Add(s_inlineString);
        }

        _writer.WriteStartElement(_cell, _attributes);
        switch (cell.Kind)
        {
            case SheetCellKind.Text:
                _writer.WriteStartElement(_inline);
                _writer.WriteStartElement(_text, s_preserve);
                _writer.WriteString(cell.Text ?? string.Empty);
                _writer.WriteEndElement();
                _writer.WriteEndElement();
                break;
            case SheetCellKind.Formula:
                Leaf(_formula, cell.Text ?? string.Empty);
                break;
            case SheetCellKind.Number when cell.Number is { } number:
                Leaf(_value, number.ToString(CultureInfo.InvariantCulture));
                break;
        }

        _writer.WriteEndElement();
    }

    public void Dispose()
    {
        _writer.WriteEndElement();
        _writer.Dispose();
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private void Leaf(OpenXmlElement element, string content)
    {
        _writer.WriteStartElement(element);
        _writer.WriteString(content);
        _writer.WriteEndElement();
    }
}
