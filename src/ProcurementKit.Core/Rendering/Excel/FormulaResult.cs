namespace ProcurementKit.Rendering.Excel;

/// <summary>What a formula evaluates to when the workbook is written: a number or a text (an empty text for "").</summary>
public readonly record struct FormulaResult(decimal? Number, string? Text)
{
    public static FormulaResult Of(decimal value) => new(value, null);

    public static FormulaResult Of(string text) => new(null, text);

    public static implicit operator FormulaResult(decimal value) => Of(value);

    public static implicit operator FormulaResult(string text) => Of(text);
}
