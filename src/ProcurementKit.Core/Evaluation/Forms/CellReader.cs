using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ProcurementKit.Rendering.Excel;

namespace ProcurementKit.Evaluation.Forms;

/// <summary>
/// Reads the stored contents of one worksheet of an untrusted workbook by A1 reference. Shared-string
/// indexes are checked, numbers are parsed invariantly, and a formula comes back as a formula so the
/// caller can refuse it rather than trust a cached result the file itself claims.
/// </summary>
public sealed class CellReader
{
    private readonly Dictionary<string, Cell> _cells;
    private readonly List<SharedStringItem> _strings;

    public CellReader(WorkbookPart workbook, WorksheetPart sheet, string sheetName)
    {
        SheetName = sheetName;
        _strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().ToList() ?? [];
        _cells = [];
        foreach (var cell in sheet.Worksheet.Descendants<Cell>())
        {
            if (cell.CellReference?.Value is { } reference)
            {
                _cells.TryAdd(reference.ToUpperInvariant(), cell);
            }
        }
    }

    public string SheetName { get; }

    /// <summary>"Angebot!B9", as problems name cells.</summary>
    public string Address(int column, int row) => $"{SheetName}!{CellRef.Of(column, row)}";

    /// <summary>The rows that hold any cell, for finding rows a bidder added.</summary>
    public IEnumerable<int> Rows => _cells.Keys.Select(k => CellRef.TryParse(k, out _, out var row) ? row : 0).Where(r => r > 0).Distinct().Order();

    public CellContent Read(int column, int row)
    {
        if (!_cells.TryGetValue(CellRef.Of(column, row), out var cell))
        {
            return CellContent.Empty;
        }

        if (cell.CellFormula is { } formula)
        {
            return new CellContent(CellKind.Formula, "=" + formula.Text, null);
        }

        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return Text(cell.InlineString?.InnerText ?? string.Empty);
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _strings.Count
                ? Text(StringOf(_strings[index]))
                : new CellContent(CellKind.Error, $"shared string '{raw}' does not exist", null);
        }

        if (type == CellValues.String)
        {
            return Text(raw);
        }

        if (type == CellValues.Boolean)
        {
            return new CellContent(CellKind.Boolean, raw == "1" ? "TRUE" : "FALSE", null);
        }

        if (type == CellValues.Error)
        {
            return new CellContent(CellKind.Error, raw, null);
        }

        if (raw.Length == 0)
        {
            return CellContent.Empty;
        }

        return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new CellContent(CellKind.Number, number.ToString(CultureInfo.InvariantCulture), number)
            : new CellContent(CellKind.Error, $"'{raw}' is stored as a number but is none", null);
    }

    private static CellContent Text(string text) => new(CellKind.Text, text, null);

    // Rich text keeps its runs in <r> elements; phonetic hints (<rPh>) are not part of the text.
    private static string StringOf(SharedStringItem item) =>
        item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
}
