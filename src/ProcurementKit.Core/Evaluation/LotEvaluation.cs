using ProcurementKit.Evaluation.Methods;
using ProcurementKit.Tenders;

namespace ProcurementKit.Evaluation;

/// <summary>
/// The evaluation of one lot (§ 30 VgV: lots are awarded separately): the offers made for it, each judged on the
/// lot's own requirements and price, in rank order with the excluded ones after, and the lot's ranking.
/// </summary>
public sealed record LotEvaluation(Lot Lot, IReadOnlyList<OfferResult> Offers, Ranking Ranking)
{
    /// <summary>While an admissible offer has pending points, they count as 0 and the ranking is provisional.</summary>
    public bool IsProvisional => PendingCount > 0;

    public int PendingCount => Admissible.Sum(o => o.PendingCount);

    public IEnumerable<OfferResult> Admissible => Offers.Where(o => o.IsAdmissible);

    public IEnumerable<OfferResult> Excluded => Offers.Where(o => !o.IsAdmissible);

    /// <summary>True when more than one admissible offer shares rank 1.</summary>
    public bool HasTieForFirst => Ranking.Winners.Count > 1;
}
