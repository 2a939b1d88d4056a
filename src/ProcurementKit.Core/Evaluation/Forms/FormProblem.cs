namespace ProcurementKit.Evaluation.Forms;

/// <summary>
/// A problem in a returned workbook: the file, the cell (e.g. "Angebot!B7", empty for the whole file),
/// a stable code and what is wrong and what would be right. Problems are data; a form with any
/// problem is not evaluated, the others are.
/// </summary>
public sealed record FormProblem(string File, string Cell, string Code, string Message)
{
    public override string ToString() =>
        Cell.Length == 0 ? $"{File}: error {Code}: {Message}" : $"{File}:{Cell}: error {Code}: {Message}";
}

/// <summary>A returned form that could not be evaluated, with every problem found in it.</summary>
public sealed record RejectedForm(string File, IReadOnlyList<FormProblem> Problems);
