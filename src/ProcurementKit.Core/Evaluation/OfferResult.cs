using ProcurementKit.Catalog;
using ProcurementKit.Evaluation.Methods;

namespace ProcurementKit.Evaluation;

/// <summary>One bidder's evaluated offer for one lot: every criterion of the lot, the exclusion reasons, L, P, Z and the place.</summary>
/// <param name="Place">The rank among the lot's admissible offers; null for an excluded offer.</param>
public sealed record OfferResult(BidderResponse Response, string LotId, decimal Price, IReadOnlyList<CriterionScore> Criteria, RankedOffer? Place)
{
    public string Bidder => Response.Bidder;

    public IReadOnlyList<LocalizedText> Exclusions => [.. Criteria.Select(c => c.Exclusion).OfType<LocalizedText>()];

    public bool IsAdmissible => Exclusions.Count == 0;

    /// <summary>L: the sum of weighted points of the B criteria; pending criteria count as 0.</summary>
    public decimal Performance => Criteria.Sum(c => c.Weighted);

    public decimal Ratio => Figures.Ratio;

    public int PendingCount => Criteria.Count(c => c.Source == PointSource.Pending);

    public OfferFigures Figures => new(Bidder, Performance, Price);
}
