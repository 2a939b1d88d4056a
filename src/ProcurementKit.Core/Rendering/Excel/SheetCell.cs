namespace ProcurementKit.Rendering.Excel;

/// <summary>What one cell holds before it is written: no Open XML objects, so a sheet of 200,000 cells stays small.</summary>
internal enum SheetCellKind
{
    Blank,
    Text,
    Number,
    Formula,
}

/// <summary>
/// One collected cell. <see cref="Text"/> is the cleaned string for text cells and the formula (without "=")
/// for formula cells; <see cref="Number"/> is set for number cells that have a value.
/// </summary>
internal readonly record struct SheetCell(SheetCellKind Kind, string? Text, decimal? Number, CellStyle Style)
{
    /// <summary>For a formula: the text it results in, stored beside it (its number result goes in <see cref="Number"/>).</summary>
    public string? CachedText { get; init; }

    /// <summary>The text a wrapping cell shows, for estimating the row height; formulas and numbers show none we know.</summary>
    public string? ShownText => Kind == SheetCellKind.Text ? Text : null;
}
