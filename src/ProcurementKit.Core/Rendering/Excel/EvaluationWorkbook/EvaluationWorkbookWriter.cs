using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Rendering.Excel.Matrix;

namespace ProcurementKit.Rendering.Excel.EvaluationWorkbook;

/// <summary>
/// Writes evaluation.xlsx: the matrix filled with every evaluated offer (answers and values as text and
/// numbers, points as live formulas, an open evaluator column), the ranking, all answers with the bidders'
/// explanations, and the notes on exclusions, rejected files and pending assessments.
/// </summary>
public static class EvaluationWorkbookWriter
{
    public static void Write(Stream output, EvaluationResult result, Language language, CancellationToken cancellationToken = default)
    {
        var selection = result.Selection;
        var workbook = new WorkbookBuilder();
        var scopes = MatrixScope.For(selection, language);
        foreach (var (scope, lot) in scopes.Zip(result.Lots))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bidders = lot.Offers.Select(o => new MatrixBidder(o)).ToList();
            var matrix = MatrixSheet.Build(selection, scope, language, bidders, blank: false);
            workbook.Add(matrix)
                .Add(RankingSheet.Build(selection.Tender.Evaluation, selection.Tender.Title, scope, bidders, lot.Ranking, language))
                .PrintTitles(matrix, MatrixLayout.BlockLabelRow, MatrixLayout.HeaderRow, MatrixLayout.RequirementColumn);
        }

        workbook
            .Add(AnswersSheet.Build(result, language))
            .Add(NotesSheet.Build(result, language))
            .Add(RecordSheet.Build(RecordSheet.For(selection, MatrixLayout.EvaluationKind, language)), hidden: true)
            .RecalculateOnOpen()
            .LockStructure()
            .Write(output);
    }
}
