using ProcurementKit.Catalog;
using ProcurementKit.Selection;

namespace ProcurementKit.Rendering.Excel.Matrix;

/// <summary>
/// Writes the blank evaluation matrix (Bewertungsmatrix) that compose publishes with the tender: per lot, the
/// criteria with A/B, weights and point scales, empty offer blocks, and live formulas for weighted points, L, P,
/// Z, knock-outs and rank that Excel and LibreOffice compute when the file opens.
/// </summary>
public static class EvaluationMatrixWriter
{
    /// <summary>Offer blocks per lot in the blank matrix unless the caller asks for more; evaluate writes one per offer instead.</summary>
    public const int DefaultOffers = 5;

    public static void Write(Stream output, TenderSelection selection, Language language, int offers = DefaultOffers)
    {
        var bidders = Enumerable.Repeat(MatrixBidder.Empty, Math.Max(1, offers)).ToList();
        var workbook = new WorkbookBuilder();
        foreach (var scope in MatrixScope.For(selection, language))
        {
            var matrix = MatrixSheet.Build(selection, scope, language, bidders, blank: true);
            workbook.Add(matrix)
                .Add(RankingSheet.Build(selection.Tender.Evaluation, selection.Tender.Title, scope, bidders, null, language))
                .PrintTitles(matrix, MatrixLayout.BlockLabelRow, MatrixLayout.HeaderRow, MatrixLayout.RequirementColumn);
        }

        workbook
            .Add(RecordSheet.Build(RecordSheet.For(selection, MatrixLayout.MatrixKind, language)), hidden: true)
            .RecalculateOnOpen()
            .LockStructure()
            .Write(output);
    }
}
