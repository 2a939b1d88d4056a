using ProcurementKit.Diagnostics;

namespace ProcurementKit.Evaluation.Forms;

/// <summary>Reads input cells of one returned file and records a problem for every formula, error value or moved label.</summary>
internal sealed class FormCells(string file, List<Diagnostic> problems)
{
    /// <summary>A hostile file could produce a problem per row of a million rows; the first ones tell the story.</summary>
    private const int MaxProblems = 50;

    public string File => file;

    public void Add(Diagnostic problem)
    {
        if (problems.Count < MaxProblems)
        {
            problems.Add(problem);
        }
    }

    /// <summary>The cell as text (numbers as typed), null when empty; formulas and error values are problems.</summary>
    public string? Text(CellReader sheet, int column, int row)
    {
        var content = sheet.Read(column, row);
        switch (content.Kind)
        {
            case CellKind.Empty:
                return null;
            case CellKind.Formula:
                Add(FormProblems.Formula(file, sheet.Address(column, row), content.Text));
                return null;
            case CellKind.Error:
                Add(FormProblems.CellUnreadable(file, sheet.Address(column, row), content.Text));
                return null;
            default:
                return content.Text;
        }
    }

    /// <summary>Checks that a fixed label is still where the form put it; a moved label means every position is unreliable.</summary>
    public bool HasLabel(CellReader sheet, int column, int row, string label)
    {
        var content = sheet.Read(column, row);
        if (content.Kind == CellKind.Text && content.Text.Trim() == label)
        {
            return true;
        }

        Add(FormProblems.Layout(file, sheet.Address(column, row), $"expected the label '{label}' here"));
        return false;
    }
}
