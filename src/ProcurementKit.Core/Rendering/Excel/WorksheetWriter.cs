using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;

namespace ProcurementKit.Rendering.Excel;

/// <summary>
/// Streams a worksheet into its part with a plain <see cref="XmlWriter"/>: rows and cells are written as
/// they come, no element tree. The small elements before and after the cells (views, columns, merges, page
/// setup) are SDK elements written into the same writer. An evaluation workbook with 100 bidders holds
/// about 230,000 cells; built as a tree they cost seconds and hundreds of megabytes (docs/performance.md).
/// </summary>
internal sealed class WorksheetWriter : IDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private readonly XmlWriter _xml;

    /// <summary>Starts the worksheet in <paramref name="part"/>, which the writer closes when disposed.</summary>
    public WorksheetWriter(Stream part)
    {
        _xml = XmlWriter.Create(part, XlsxPackage.XmlSettings);
        _xml.WriteStartDocument();
        // The cells use the default namespace (the sheet XML is mostly cells, so no prefix saves megabytes);
        // the SDK elements written in between use the prefix x, declared once here.
        _xml.WriteStartElement(string.Empty, "worksheet", Main);
        _xml.WriteAttributeString("xmlns", "x", null, Main);
    }

    /// <summary>A complete element before or after the sheet data, in schema order.</summary>
    public void Element(OpenXmlElement element) => element.WriteTo(_xml);

    public void StartSheetData() => _xml.WriteStartElement(string.Empty, "sheetData", Main);

    public void EndSheetData() => _xml.WriteEndElement();

    public void StartRow(int index, double? height)
    {
        _xml.WriteStartElement(string.Empty, "row", Main);
        _xml.WriteAttributeString("r", Invariant(index));
        if (height is { } points)
        {
            _xml.WriteAttributeString("ht", points.ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("customHeight", "1");
        }
    }

    public void EndRow() => _xml.WriteEndElement();

    public void Cell(string reference, SheetCell cell)
    {
        _xml.WriteStartElement(string.Empty, "c", Main);
        _xml.WriteAttributeString("r", reference);
        _xml.WriteAttributeString("s", Invariant((int)cell.Style));
        switch (cell.Kind)
        {
            case SheetCellKind.Text:
                _xml.WriteAttributeString("t", "inlineStr");
                _xml.WriteStartElement(string.Empty, "is", Main);
                _xml.WriteStartElement(string.Empty, "t", Main);
                if (NeedsPreserve(cell.Text))
                {
                    // Only leading or trailing spaces need it; applications keep inner spaces and line breaks anyway.
                    _xml.WriteAttributeString("xml", "space", null, "preserve");
                }

                _xml.WriteString(cell.Text);
                _xml.WriteEndElement();
                _xml.WriteEndElement();
                break;
            case SheetCellKind.Formula when cell.CachedText is { } text:
                _xml.WriteAttributeString("t", "str");
                _xml.WriteElementString(string.Empty, "f", Main, cell.Text);
                _xml.WriteElementString(string.Empty, "v", Main, ExcelText.Clean(text));
                break;
            case SheetCellKind.Formula:
                _xml.WriteElementString(string.Empty, "f", Main, cell.Text);
                if (cell.Number is { } result)
                {
                    _xml.WriteElementString(string.Empty, "v", Main, result.ToString(CultureInfo.InvariantCulture));
                }

                break;
            case SheetCellKind.Number when cell.Number is { } number:
                _xml.WriteElementString(string.Empty, "v", Main, number.ToString(CultureInfo.InvariantCulture));
                break;
        }

        _xml.WriteEndElement();
    }

    public void Dispose()
    {
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Dispose();
    }

    private static bool NeedsPreserve(string? text) => text is { Length: > 0 } && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
