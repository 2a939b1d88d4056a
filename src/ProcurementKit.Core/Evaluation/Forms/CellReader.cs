using System.Globalization;
using ProcurementKit.Rendering.Excel;

namespace ProcurementKit.Evaluation.Forms;

/// <summary>
/// Reads the stored contents of one worksheet of an untrusted workbook by A1 reference. Shared-string
/// indexes are checked, numbers are parsed invariantly, and a formula comes back as a formula so the
/// caller can refuse it rather than trust a cached result the file itself claims.
/// </summary>
public sealed class CellReader
{
    private readonly Dictionary<string, StoredCell> _cells;
    private readonly IReadOnlyList<string> _strings;

    internal CellReader(string sheetName, Dictionary<string, StoredCell> cells, IReadOnlyList<string> sharedStrings)
    {
        SheetName = sheetName;
        _cells = cells;
        _strings = sharedStrings;
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

        if (cell.Formula is { } formula)
        {
            return new CellContent(CellKind.Formula, "=" + formula, null);
        }

        var raw = cell.Value;
        switch (cell.Type)
        {
            case "inlineStr":
                return Text(cell.InlineText ?? string.Empty);
            case "s":
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _strings.Count
                    ? Text(_strings[index])
                    : new CellContent(CellKind.Error, $"shared string '{raw}' does not exist", null);
            case "str":
                return Text(raw);
            case "b":
                return new CellContent(CellKind.Boolean, raw == "1" ? "TRUE" : "FALSE", null);
            case "e":
                return new CellContent(CellKind.Error, raw, null);
            case not (null or "n" or "d"):
                return new CellContent(CellKind.Error, $"the cell type '{cell.Type}' is unknown", null);
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
}
