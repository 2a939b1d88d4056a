namespace ProcurementKit.Evaluation.Forms;

/// <summary>What a cell of a returned workbook holds, as stored; formulas are reported, never evaluated.</summary>
public enum CellKind
{
    Empty,
    Text,
    Number,
    Boolean,
    Formula,
    Error,
}

/// <summary>One cell's stored content: the kind, the text as shown (or the formula), and the number for number cells.</summary>
public readonly record struct CellContent(CellKind Kind, string Text, decimal? Number)
{
    public static CellContent Empty => new(CellKind.Empty, string.Empty, null);

    public bool IsEmpty => Kind == CellKind.Empty || (Kind == CellKind.Text && Text.Trim().Length == 0);
}
