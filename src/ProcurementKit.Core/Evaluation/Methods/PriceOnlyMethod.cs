using ProcurementKit.Catalog;
using ProcurementKit.Tenders;

namespace ProcurementKit.Evaluation.Methods;

/// <summary>Lowest price: among the admissible offers the lowest net price wins; performance points do not count.</summary>
public sealed class PriceOnlyMethod : IAwardMethod
{
    public AwardMethod Kind => AwardMethod.PriceOnly;

    public LocalizedText Name { get; } = new("Niedrigster Preis", "Lowest price");

    public LocalizedText Rule { get; } = new(
        "Den Zuschlag erhält das zulässige Angebot mit dem niedrigsten Gesamtpreis.",
        "The admissible offer with the lowest total price wins.");

    public bool UsesPerformance => false;

    public Ranking Rank(IReadOnlyList<OfferFigures> admissible) =>
        new(CompetitionRanking.Assign(admissible, (a, b) => a.Price.CompareTo(b.Price)), null, null);
}
