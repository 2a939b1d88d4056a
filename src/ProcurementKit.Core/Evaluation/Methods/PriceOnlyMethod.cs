namespace ProcurementKit.Evaluation.Methods;

/// <summary>Lowest price: among the admissible offers the lowest net price wins; performance points do not count.</summary>
public sealed class PriceOnlyMethod : IAwardMethod
{
    public Ranking Rank(IReadOnlyList<OfferFigures> admissible) =>
        new(CompetitionRanking.Assign(admissible, (a, b) => a.Price.CompareTo(b.Price)), null, null);
}
