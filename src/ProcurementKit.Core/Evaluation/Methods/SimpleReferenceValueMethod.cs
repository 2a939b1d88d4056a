using ProcurementKit.Catalog;
using ProcurementKit.Tenders;

namespace ProcurementKit.Evaluation.Methods;

/// <summary>Simple reference-value method (einfache Richtwertmethode): Z = L / P, the highest Z wins.</summary>
public sealed class SimpleReferenceValueMethod : IAwardMethod
{
    public AwardMethod Kind => AwardMethod.SimpleReferenceValue;

    public LocalizedText Name { get; } = new("Einfache Richtwertmethode (UfAB)", "Simple reference-value method (UfAB)");

    public LocalizedText Rule { get; } = new(
        "Kennzahl Z = Leistungspunkte L / Preis P; den Zuschlag erhält das zulässige Angebot mit der höchsten Kennzahl.",
        "Key figure Z = performance points L / price P; the admissible offer with the highest Z wins.");

    public bool UsesPerformance => true;

    public Ranking Rank(IReadOnlyList<OfferFigures> admissible)
    {
        var offers = CompetitionRanking.Assign(admissible, (a, b) => b.CompareRatio(a));
        return new Ranking(offers, offers.Count > 0 ? offers[0].Figures.Ratio : null, null);
    }
}
