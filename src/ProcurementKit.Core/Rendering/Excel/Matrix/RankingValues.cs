using ProcurementKit.Catalog;
using ProcurementKit.Evaluation.Methods;
using static ProcurementKit.Rendering.Excel.Matrix.MatrixLayout;

namespace ProcurementKit.Rendering.Excel.Matrix;

/// <summary>The results the ranking sheet's formulas have when written: from the lot's ranking, or "offen"/"–" for blank rows.</summary>
internal sealed class RankingValues(Language language, Ranking? ranking)
{
    private const string None = "–";

    private decimal? BestRatio => ranking is { Offers.Count: > 0 } r ? r.Offers.Max(o => o.Figures.Ratio) * RatioScale : null;

    /// <summary>MAX over the ratio column: 0 when no offer is admissible.</summary>
    public FormulaResult Best => BestRatio ?? 0m;

    public FormulaResult Floor(decimal fluctuationPercent) => (BestRatio ?? 0m) * (100 - fluctuationPercent) / 100;

    public FormulaResult Admissible(MatrixBidder offer) =>
        offer.Offer is { } o ? (o.IsAdmissible ? Yes(language) : No(language)) : Open(language);

    public static FormulaResult Ratio(MatrixBidder offer) => offer.Offer is { IsAdmissible: true } o ? o.Ratio * RatioScale : None;

    public FormulaResult Share(MatrixBidder offer) =>
        offer.Offer is { IsAdmissible: true } o ? (BestRatio is > 0 and { } best ? o.Ratio * RatioScale / best : 1m) : None;

    public FormulaResult InRange(MatrixBidder offer) =>
        offer.Offer?.Place is { InCorridor: { } inside } ? (inside ? Yes(language) : No(language)) : None;

    public static FormulaResult Rank(MatrixBidder offer) => offer.Offer?.Place is { } place ? place.Rank : None;

    public FormulaResult Tie(MatrixBidder offer) => offer.Offer?.Place is { } place ? (place.Tied ? Yes(language) : No(language)) : None;
}
