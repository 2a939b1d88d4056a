using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Rendering.Excel;
using ProcurementKit.Rendering.Excel.Matrix;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Excel;

/// <summary>Compares what LibreOffice computed from a workbook's formulas with what ProcurementKit computed.</summary>
internal static class RecalculatedFigures
{
    /// <param name="blockOrder">The bidder of each block, in block order.</param>
    public static void ShouldMatch(XlsxFile recalculated, EvaluationResult expected, IReadOnlyList<string> blockOrder, Language language)
    {
        var ranking = MatrixLayout.RankingSheet(language);
        var matrix = MatrixLayout.MatrixSheet(language);
        var criteria = expected.Selection.Requirements.Count;
        for (var i = 0; i < blockOrder.Count; i++)
        {
            var offer = expected.Lots.Single().Offers.Single(o => o.Bidder == blockOrder[i]);
            var row = RankingSheet.FirstRow + i;
            var block = MatrixLayout.BlockColumn(i);
            recalculated.Text(ranking, $"A{row}").ShouldBe(offer.Bidder);
            recalculated.Text(ranking, $"B{row}").ShouldBe(offer.IsAdmissible ? MatrixLayout.Yes(language) : MatrixLayout.No(language), offer.Bidder);
            recalculated.Number(ranking, $"C{row}")!.Value.ShouldBe((double)offer.Performance, 1e-9, $"L of {offer.Bidder}");
            recalculated.Number(matrix, CellRef.Of(block, MatrixLayout.SummaryRow(criteria, MatrixLayout.Summary.Pending)))
                .ShouldBe(offer.PendingCount, $"pending of {offer.Bidder}");
            recalculated.Number(matrix, CellRef.Of(block, MatrixLayout.SummaryRow(criteria, MatrixLayout.Summary.KnockOuts)))
                .ShouldBe(offer.Exclusions.Count, $"knock-outs of {offer.Bidder}");
            if (offer.Place is { } place)
            {
                recalculated.Number(ranking, $"E{row}")!.Value.ShouldBe((double)offer.Ratio * MatrixLayout.RatioScale, 1e-12, $"Z of {offer.Bidder}");
                recalculated.Number(ranking, $"H{row}").ShouldBe(place.Rank, $"rank of {offer.Bidder}");
                recalculated.Text(ranking, $"I{row}").ShouldBe(place.Tied ? MatrixLayout.Yes(language) : MatrixLayout.No(language));
                if (place.InCorridor is { } inCorridor)
                {
                    recalculated.Text(ranking, $"G{row}").ShouldBe(inCorridor ? MatrixLayout.Yes(language) : MatrixLayout.No(language), $"corridor of {offer.Bidder}");
                }
            }
            else
            {
                recalculated.Text(ranking, $"H{row}").ShouldBe("–");
            }
        }
    }
}
