using System.Globalization;

namespace ProcurementKit.Rendering.Excel;

/// <summary>A1-style references: column 1 = "A", 27 = "AA"; absolute and sheet-qualified forms for formulas.</summary>
public static class CellRef
{
    // An evaluation workbook names a cell about a million times (references and formulas): the letters of the
    // columns a sheet of ours reaches (A-ZZ) are made once.
    private static readonly string[] s_columns = [.. Enumerable.Range(0, 703).Select(Letters)];

    public static string Column(int column) => column > 0 && column < s_columns.Length ? s_columns[column] : Letters(column);

    public static string Of(int column, int row) => string.Concat(Column(column), row.ToString(CultureInfo.InvariantCulture));

    private static string Letters(int column)
    {
        var letters = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    public static string Absolute(int column, int row) => $"${Column(column)}${row.ToString(CultureInfo.InvariantCulture)}";

    public static string Range(int column, int firstRow, int lastRow) => $"{Absolute(column, firstRow)}:{Absolute(column, lastRow)}";

    /// <summary>A reference into another sheet; the name is always quoted so umlauts and spaces are safe.</summary>
    public static string InSheet(string sheet, string reference) => $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'!{reference}";

    /// <summary>Parses "B12" into (2, 12); false for anything else.</summary>
    public static bool TryParse(string? reference, out int column, out int row)
    {
        column = 0;
        row = 0;
        var i = 0;
        for (; reference is not null && i < reference.Length && char.IsAsciiLetterUpper(reference[i]) && i < 3; i++)
        {
            column = (column * 26) + (reference[i] - 'A' + 1);
        }

        return i > 0 && reference is not null
            && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row) && row > 0;
    }
}
