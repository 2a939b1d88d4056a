using ProcurementKit.Catalog;

namespace ProcurementKit.Web.Workbench;

/// <summary>The words of the protection-needs step: the goals and the BSI 200-2 categories in plain words.</summary>
public sealed record ProtectionText
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required IReadOnlyDictionary<ProtectionGoal, (string Name, string Question)> Goals { get; init; }
    public required IReadOnlyDictionary<Level, (string Name, string Meaning)> Levels { get; init; }
    public required string Level { get; init; }
    public required string Reason { get; init; }
    public required string ReasonHint { get; init; }

    public static readonly ProtectionText De = new()
    {
        Title = "Schutzbedarf",
        Intro = "Wie schwer wäre der Schaden für die Kommune, wenn die Daten oder Dienste dieser Beschaffung nicht mehr geschützt wären? Legen Sie das für jedes der drei Schutzziele fest (BSI-Standard 200-2). Je höher der Schutzbedarf, desto mehr und strengere Anforderungen werden ausgewählt.",
        Goals = new Dictionary<ProtectionGoal, (string, string)>
        {
            [ProtectionGoal.Confidentiality] = ("Vertraulichkeit", "Was wäre, wenn Unbefugte die Daten lesen könnten, etwa Messwerte, Standorte, Zugangsdaten oder personenbezogene Daten?"),
            [ProtectionGoal.Integrity] = ("Integrität", "Was wäre, wenn Daten oder Befehle unbemerkt verfälscht würden, etwa manipulierte Messwerte oder Schaltbefehle?"),
            [ProtectionGoal.Availability] = ("Verfügbarkeit", "Was wäre, wenn Geräte, Netz oder Dienst ausfielen? Wie lange wäre ein Ausfall hinnehmbar?"),
        },
        Levels = new Dictionary<Level, (string, string)>
        {
            [Catalog.Level.Normal] = ("normal", "Die Schadensauswirkungen sind begrenzt und überschaubar."),
            [Catalog.Level.High] = ("hoch", "Die Schadensauswirkungen können beträchtlich sein."),
            [Catalog.Level.VeryHigh] = ("sehr hoch", "Die Schadensauswirkungen können ein existenziell bedrohliches, katastrophales Ausmaß erreichen."),
        },
        Level = "Schutzbedarf",
        Reason = "Begründung",
        ReasonHint = "Warum diese Stufe? Welche Schäden wären denkbar, was mindert sie? Die Begründung steht in der Anlage.",
    };

    public static readonly ProtectionText En = new()
    {
        Title = "Protection needs",
        Intro = "How serious would the damage to the municipality be if the data or services of this procurement were no longer protected? Decide this for each of the three protection goals (BSI Standard 200-2). The higher the protection need, the more and stricter requirements are selected.",
        Goals = new Dictionary<ProtectionGoal, (string, string)>
        {
            [ProtectionGoal.Confidentiality] = ("Confidentiality", "What if unauthorised people could read the data, such as readings, locations, credentials or personal data?"),
            [ProtectionGoal.Integrity] = ("Integrity", "What if data or commands were altered unnoticed, such as manipulated readings or switching commands?"),
            [ProtectionGoal.Availability] = ("Availability", "What if devices, network or service failed? How long an outage would be acceptable?"),
        },
        Levels = new Dictionary<Level, (string, string)>
        {
            [Catalog.Level.Normal] = ("normal", "The impact of damage is limited and manageable."),
            [Catalog.Level.High] = ("high", "The impact of damage may be considerable."),
            [Catalog.Level.VeryHigh] = ("very high", "The impact of damage may reach an existentially threatening, catastrophic scale."),
        },
        Level = "Protection need",
        Reason = "Reason",
        ReasonHint = "Why this level? Which damage is conceivable, what limits it? The reason appears in the annex.",
    };

    public static ProtectionText For(Language language) => language == Language.English ? En : De;
}
