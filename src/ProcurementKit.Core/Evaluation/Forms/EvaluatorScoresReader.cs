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
        var sheet = workbook.Sheet(MatrixSheet(workbook.Language));
        if (sheet is null)
        {
            return new ScoresReadResult(EvaluatorScores.None, [FormProblems.Layout(file, string.Empty, $"the sheet '{MatrixSheet(workbook.Language)}' is missing")]);
        }

        var found = new List<Diagnostic>();
        var scores = ReadBlocks(sheet, selection, new FormCells(file, found));
        return new ScoresReadResult(found.Count == 0 ? scores : EvaluatorScores.None, found);
    }

    private static EvaluatorScores ReadBlocks(CellReader sheet, TenderSelection selection, FormCells cells)
    {
        var rows = selection.Requirements.Select((r, i) => (Requirement: r, Row: FirstCriterionRow + i)).ToList();
        foreach (var (requirement, row) in rows)
        {
            if (cells.Text(sheet, IdColumn, row) != requirement.Id)
            {
                cells.Add(FormProblems.Layout(cells.File, sheet.Address(IdColumn, row), $"expected requirement {requirement.Id} in this row"));
                return EvaluatorScores.None;
            }
        }

        var maxPoints = selection.Tender.Evaluation.MaxPoints;
        var byBidder = new Dictionary<string, IReadOnlyDictionary<string, decimal>>(StringComparer.Ordinal);
        for (var block = FirstBlockColumn; cells.Text(sheet, block, BidderRow) is { Length: > 0 } bidder; block += BlockWidth)
        {
            var points = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var (requirement, row) in rows.Where(r => !r.Requirement.Obligation.IsKnockOut))
            {
                var content = sheet.Read(block + EvaluatorOffset, row);
                if (content.IsEmpty)
                {
                    continue;
                }

                if (content.Number is { } value && value >= 0 && value <= maxPoints)
                {
                    points[requirement.Id] = value;
                }
                else
                {
                    cells.Add(FormProblems.PointsInvalid(cells.File, sheet.Address(block + EvaluatorOffset, row), content.Text, maxPoints));
                }
            }

            byBidder[bidder.Trim()] = points;
        }

        return new EvaluatorScores(byBidder);
    }
}
