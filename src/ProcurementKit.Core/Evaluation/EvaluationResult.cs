using ProcurementKit.Evaluation.Forms;
using ProcurementKit.Evaluation.Methods;
using ProcurementKit.Selection;

namespace ProcurementKit.Evaluation;

/// <summary>The evaluation of all returned forms of a tender: offers in rank order, excluded ones after, rejected files.</summary>
public sealed record EvaluationResult(
    TenderSelection Selection,
    IReadOnlyList<OfferResult> Offers,
    Ranking Ranking,
    IReadOnlyList<RejectedForm> Rejected)
{
    /// <summary>
    /// While an admissible offer has pending points, the ranking counts them as 0 and is provisional. Pending
    /// points of an excluded offer change nothing.
    /// </summary>
    public bool IsProvisional => PendingCount > 0;

    public int PendingCount => Admissible.Sum(o => o.PendingCount);

    public IEnumerable<OfferResult> Admissible => Offers.Where(o => o.IsAdmissible);

    public IEnumerable<OfferResult> Excluded => Offers.Where(o => !o.IsAdmissible);

    /// <summary>True when more than one admissible offer shares rank 1.</summary>
    public bool HasTieForFirst => Ranking.Winners.Count > 1;
}
