namespace ProcurementKit.Catalog;

/// <summary>One named step of a qualitative scale: the points an evaluator may give and what they mean.</summary>
public sealed record ScaleStep(decimal Points, LocalizedText Meaning);

/// <summary>
/// The published scale for qualitative B criteria (UfAB practice: the steps and their meaning are announced in
/// advance, and the evaluator, not the bidder, gives points with a documented reason). The catalog holds the
/// default (catalog.yaml <c>scoring-scale</c>); a tender may announce its own (<c>evaluation.scale</c>).
/// </summary>
public sealed record ScoringScale(IReadOnlyList<ScaleStep> Steps)
{
    /// <summary>The scale used where neither catalog nor tender names one: 0 / 3 / 5 / 8 / 10.</summary>
    public static readonly ScoringScale Default = new(
    [
        new(0, new(
            "nicht erfüllt oder nicht belegt: Das Angebot erfüllt die Anforderung nicht oder belegt die Erfüllung nicht nachvollziehbar.",
            "not met or not shown: the offer does not meet the requirement or does not show how it meets it.")),
        new(3, new(
            "in Ansätzen: Nur einzelne Punkte sind erfüllt; wesentliche Teile fehlen oder sind nur angekündigt.",
            "in part: only single points are met; essential parts are missing or only announced.")),
        new(5, new(
            "überwiegend: Die wesentlichen Punkte sind erfüllt und belegt; einzelne Lücken oder Einschränkungen sind benannt.",
            "largely: the essential points are met and shown; single gaps or limits are stated.")),
        new(8, new(
            "vollständig: Die Anforderung ist vollständig, nachvollziehbar und belegt erfüllt.",
            "fully: the requirement is met completely, comprehensibly and with evidence.")),
        new(10, new(
            "darüber hinaus: Vollständig erfüllt, und das Angebot bietet belegt mehr, das dem Auftraggeber nützt.",
            "beyond: fully met, and the offer shows more that is of use to the buyer.")),
    ]);

    public decimal Max => Steps.Count == 0 ? 0 : Steps.Max(s => s.Points);

    /// <summary>True when <paramref name="points"/> is one of the announced steps.</summary>
    public bool Allows(decimal points) => Steps.Any(s => s.Points == points);
}
