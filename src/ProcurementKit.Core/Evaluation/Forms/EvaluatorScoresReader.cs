using ProcurementKit.Catalog;
using System.Globalization;
using ProcurementKit.Diagnostics;
using ProcurementKit.Rendering.Excel.Matrix;
using ProcurementKit.Selection;
using static ProcurementKit.Rendering.Excel.Matrix.MatrixLayout;

namespace ProcurementKit.Evaluation.Forms;

/// <summary>The evaluator's points taken from a previously written evaluation.xlsx, or the problems found in it.</summary>
public sealed record ScoresReadResult(EvaluatorScores Scores, IReadOnlyList<Diagnostic> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Reads the evaluator column of evaluation.xlsx back (<c>evaluate --scores</c>). The file passed through
/// people's hands, so it gets the same package checks as a returned form; only numbers 0..maxPoints in
/// the evaluator column of B criteria are taken, by bidder name and requirement id.
/// </summary>
public static class EvaluatorScoresReader
{
    public static ScoresReadResult Read(Stream stream, string file, TenderSelection selection)
    {
        var (workbook, problems) = UntrustedWorkbook.Open(stream, file, EvaluationKind, selection);
        if (workbook is null)
        {
            return new ScoresReadResult(EvaluatorScores.None, problems);
        }

        using (workbook)
        {
            try
            {
                return ReadSheet(workbook, selection);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The matrix sheet is read only here; a part that is not well-formed XML fails now.
                return new ScoresReadResult(EvaluatorScores.None, [FormProblems.NotXlsx(file, e.Message.Split('\n')[0].Trim())]);
            }
        }
    }

    private static ScoresReadResult ReadSheet(UntrustedWorkbook workbook, TenderSelection selection)
    {
        var file = workbook.File;
        var found = new List<Diagnostic>();
        var cells = new FormCells(file, found);
        var entries = new Dictionary<(string Lot, string Bidder), IReadOnlyDictionary<string, EvaluatorEntry>>();
        foreach (var scope in MatrixScope.For(selection, workbook.Language))
        {
            var sheet = workbook.Sheet(scope.MatrixSheet);
            if (sheet is null)
            {
                return new ScoresReadResult(EvaluatorScores.None, [FormProblems.Layout(file, string.Empty, $"the sheet '{scope.MatrixSheet}' is missing")]);
            }

            if (!ReadBlocks(sheet, selection, scope, cells, entries))
            {
                break;
            }
        }

        return new ScoresReadResult(found.Count == 0 ? new EvaluatorScores(entries) : EvaluatorScores.None, found);
    }

    /// <summary>Every block's evaluator points and reasons; false when the sheet's rows are not the scope's requirements.</summary>
    private static bool ReadBlocks(
        CellReader sheet, TenderSelection selection, MatrixScope scope, FormCells cells, Dictionary<(string Lot, string Bidder), IReadOnlyDictionary<string, EvaluatorEntry>> entries)
    {
        var rows = scope.Requirements.Select((r, i) => (Requirement: r, Row: FirstCriterionRow + i)).ToList();
        foreach (var (requirement, row) in rows)
        {
            if (cells.Text(sheet, IdColumn, row) != requirement.Id)
            {
                cells.Add(FormProblems.Layout(cells.File, sheet.Address(IdColumn, row), $"expected requirement {requirement.Id} in this row"));
                return false;
            }
        }

        var maxPoints = selection.Tender.Evaluation.MaxPoints;
        var scale = selection.Scale;
        var steps = string.Join(", ", scale.Steps.Select(st => st.Points.ToString(CultureInfo.InvariantCulture)));
        for (var block = FirstBlockColumn; cells.Text(sheet, block, BidderRow) is { Length: > 0 } bidder; block += BlockWidth)
        {
            var given = new Dictionary<string, EvaluatorEntry>(StringComparer.Ordinal);
            foreach (var (requirement, row) in rows)
            {
                var reason = cells.Text(sheet, block + ReasonOffset, row)?.Trim() ?? string.Empty;
                var points = requirement.Obligation.IsKnockOut ? null : Points(sheet, block + EvaluatorOffset, row, requirement, cells, (maxPoints, scale, steps));
                if (points is not null && reason.Length == 0)
                {
                    cells.Add(FormProblems.ReasonMissing(cells.File, sheet.Address(block + ReasonOffset, row)));
                }

                if (points is not null || reason.Length > 0)
                {
                    given[requirement.Id] = new EvaluatorEntry(points, reason);
                }
            }

            entries[(scope.Lot.Id, bidder.Trim())] = given;
        }

        return true;
    }

    private static decimal? Points(CellReader sheet, int column, int row, SelectedRequirement requirement, FormCells cells, (int Max, ScoringScale Scale, string Steps) rule)
    {
        var content = sheet.Read(column, row);
        if (content.IsEmpty)
        {
            return null;
        }

        if (content.Number is not { } value || value < 0 || value > rule.Max)
        {
            cells.Add(FormProblems.PointsInvalid(cells.File, sheet.Address(column, row), content.Text, rule.Max));
            return null;
        }

        // Qualitative criteria are scored on the announced steps only; a quantitative one may be overruled with any points.
        if (QuantitativeScore.For(requirement) is null && !rule.Scale.Allows(value))
        {
            cells.Add(FormProblems.PointsNotOnScale(cells.File, sheet.Address(column, row), content.Text, rule.Steps));
            return null;
        }

        return value;
    }
}
