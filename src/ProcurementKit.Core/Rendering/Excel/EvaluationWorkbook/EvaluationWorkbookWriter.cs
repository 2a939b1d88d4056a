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
        var bidders = result.Offers.Select(o => new MatrixBidder(
            o.Bidder,
            o.Price,
            o.Response.Answers.ToDictionary(a => a.Id, a => a),
            o.Criteria.Where(c => c.Source == PointSource.Evaluator && c.Points is not null).ToDictionary(c => c.Requirement.Id, c => c.Points!.Value))).ToList();
        var matrix = MatrixSheet.Build(selection, language, bidders, blank: false);
        cancellationToken.ThrowIfCancellationRequested();
        new WorkbookBuilder()
            .Add(matrix)
            .Add(RankingSheet.Build(selection.Tender.Evaluation, selection.Tender.Title, selection.Requirements.Count, bidders.Count, language))
            .Add(AnswersSheet.Build(result, language))
            .Add(NotesSheet.Build(result, language))
            .Add(RecordSheet.Build(RecordSheet.For(selection, MatrixLayout.EvaluationKind, language)), hidden: true)
            .PrintTitles(matrix, MatrixLayout.BlockLabelRow, MatrixLayout.HeaderRow, MatrixLayout.RequirementColumn)
            .RecalculateOnOpen()
            .LockStructure()
            .Write(output);
    }
}
