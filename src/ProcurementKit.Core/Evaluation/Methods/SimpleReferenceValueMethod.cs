namespace ProcurementKit.Evaluation.Methods;

/// <summary>Simple reference-value method (einfache Richtwertmethode): Z = L / P, the highest Z wins.</summary>
public sealed class SimpleReferenceValueMethod : IAwardMethod
{
    public Ranking Rank(IReadOnlyList<OfferFigures> admissible)
    {
        var offers = CompetitionRanking.Assign(admissible, (a, b) => b.CompareRatio(a));
        return new Ranking(offers, offers.Count > 0 ? offers[0].Figures.Ratio : null, null);
    }
}
