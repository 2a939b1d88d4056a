using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using static ProcurementKit.Rendering.Excel.Matrix.MatrixLayout;

namespace ProcurementKit.Rendering.Excel.Matrix;

/// <summary>
/// The results the matrix formulas have when the workbook is written, computed by the same rules in C#
/// (<see cref="CriterionScorer"/>, <see cref="OfferResult"/>): a blank block shows "offen" everywhere, a filled
/// block its offer's figures. Tests recalculate the workbook in LibreOffice and compare.
/// </summary>
internal sealed class MatrixValues(Language language, int maxPoints)
{
    private readonly string _open = Open(language);

    public FormulaResult Auto(MatrixBidder bidder, Selection.SelectedRequirement requirement)
    {
        if (bidder.Offer is null || bidder.ScoreOf(requirement.Id) is not { } score)
        {
            return _open;
        }

        if (score.IsKnockOut)
        {
            return score.Exclusion is null ? "✓" : Excluded(language);
        }

        var (points, _) = CriterionScorer.Automatic(requirement, score.Answer, maxPoints);
        return points is { } value ? value : ToAssess(language);
    }

    public static FormulaResult Weighted(MatrixBidder bidder, string id) =>
        bidder.ScoreOf(id) is { Points: { } points } score ? points * score.Requirement.Obligation.Weight : string.Empty;

    public static FormulaResult Performance(MatrixBidder bidder) => bidder.Offer?.Performance ?? 0m;

    public static FormulaResult Ratio(MatrixBidder bidder) =>
        bidder.Offer is { Price: > 0 } offer ? offer.Performance / offer.Price * RatioScale : "–";

    public FormulaResult KnockOuts(MatrixBidder bidder) =>
        bidder.Offer is { } offer ? offer.Criteria.Count(c => c.IsKnockOut && c.Answer.Answer != Answer.Met) : _open;

    public FormulaResult Pending(MatrixBidder bidder) => bidder.Offer is { } offer ? offer.PendingCount : _open;

    public FormulaResult Admissible(MatrixBidder bidder) =>
        bidder.Offer is { } offer ? (offer.IsAdmissible ? Yes(language) : No(language)) : _open;

    public static FormulaResult Rank(MatrixBidder bidder) => bidder.Offer?.Place is { } place ? place.Rank : "–";
}
