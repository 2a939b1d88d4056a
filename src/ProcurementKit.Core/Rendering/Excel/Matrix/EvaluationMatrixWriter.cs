using ProcurementKit.Catalog;
using ProcurementKit.Selection;

namespace ProcurementKit.Rendering.Excel.Matrix;

/// <summary>
/// Writes the blank evaluation matrix (Bewertungsmatrix) that compose publishes with the tender: the criteria
/// with A/B, weights and point scales, empty bidder blocks, and live formulas for weighted points, L, P,
/// Z, knock-outs and rank that Excel and LibreOffice compute when the file opens.
/// </summary>
public static class EvaluationMatrixWriter
{
    /// <summary>Blocks in the blank matrix; evaluate writes one per returned form instead.</summary>
    public const int BlankBidders = 5;

    public static void Write(Stream output, TenderSelection selection, Language language)
    {
        var bidders = Enumerable.Repeat(MatrixBidder.Empty, BlankBidders).ToList();
        var matrix = MatrixSheet.Build(selection, language, bidders, blank: true);
        new WorkbookBuilder()
            .Add(matrix)
            .Add(RankingSheet.Build(selection.Tender.Evaluation, selection.Tender.Title, selection.Requirements.Count, bidders.Count, language))
            .Add(RecordSheet.Build(RecordSheet.For(selection, MatrixLayout.MatrixKind, language)), hidden: true)
            .PrintTitles(matrix, MatrixLayout.BlockLabelRow, MatrixLayout.HeaderRow, MatrixLayout.RequirementColumn)
            .RecalculateOnOpen()
            .LockStructure()
            .Write(output);
    }
}
