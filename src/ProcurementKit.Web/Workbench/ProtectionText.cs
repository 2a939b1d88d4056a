using ProcurementKit.Catalog;
using ProcurementKit.Tenders.Assessment;

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
    public required string GoalOf { get; init; }
    public required string ScenarioReasonHint { get; init; }
    public required string AdjustmentTitle { get; init; }
    public required string AdjustmentHint { get; init; }
    public required string NoAdjustment { get; init; }
    public required string NoAdjustmentHint { get; init; }
    public required IReadOnlyDictionary<AdjustmentEffect, string> Effects { get; init; }
    public required string AdjustLevel { get; init; }
    public required string AdjustReason { get; init; }
    public required string ResultTitle { get; init; }
    public required string Update { get; init; }
    public required string KeepTitle { get; init; }
    public required string KeepText { get; init; }
    public required string KeepButton { get; init; }

    public static readonly ProtectionText De = new()
    {
        Title = "Schutzbedarf",
        Intro = "Wie schwer wäre der Schaden für die Kommune, wenn die Daten oder Dienste dieser Beschaffung nicht mehr geschützt wären? Sie schätzen das je Schutzziel in sechs Schadensszenarien ein (Schutzbedarfsfeststellung nach BSI-Standard 200-2). Die höchste Einschätzung bestimmt den Schutzbedarf (Maximumprinzip); je höher er ist, desto mehr und strengere Anforderungen werden ausgewählt.",
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
        GoalOf = "Schutzziel {0} von {1}",
        ScenarioReasonHint = "Warum? Bei hoch und sehr hoch ist eine Begründung Pflicht.",
        AdjustmentTitle = "Kumulations- oder Verteilungseffekt (nur wenn nötig)",
        AdjustmentHint = "Meist bleibt es bei der höchsten Einschätzung. Ändern Sie die Stufe nur, wenn viele kleine Schäden zusammen größer wären oder ein Schaden sich so verteilt, dass er kleiner bleibt, und sagen Sie warum.",
        NoAdjustment = "keiner",
        NoAdjustmentHint = "Es gilt die höchste Einschätzung der Szenarien.",
        Effects = new Dictionary<AdjustmentEffect, string>
        {
            [AdjustmentEffect.Cumulation] = "Viele einzelne Schäden summieren sich zu einem größeren: die Stufe steigt.",
            [AdjustmentEffect.Distribution] = "Der Schaden verteilt sich (z. B. auf viele redundante Geräte) und bleibt kleiner: die Stufe sinkt.",
        },
        AdjustLevel = "Stufe danach",
        AdjustReason = "Begründung des Effekts",
        ResultTitle = "Ergebnis für {0}",
        Update = "Ergebnis aktualisieren",
        KeepTitle = "Schutzbedarf ohne Feststellung",
        KeepText = "Diese Ausschreibung bringt Schutzbedarfe ohne Schutzbedarfsfeststellung mit:",
        KeepButton = "Unverändert übernehmen und weiter",
    };

    public static readonly ProtectionText En = new()
    {
        Title = "Protection needs",
        Intro = "How serious would the damage to the municipality be if the data or services of this procurement were no longer protected? For each protection goal you rate six damage scenarios (protection-need determination after BSI Standard 200-2). The highest rating sets the protection need (maximum principle); the higher it is, the more and stricter requirements are selected.",
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
        GoalOf = "protection goal {0} of {1}",
        ScenarioReasonHint = "Why? A reason is required for high and very high.",
        AdjustmentTitle = "Cumulation or distribution effect (only when needed)",
        AdjustmentHint = "Usually the highest rating stands. Change the level only when many small damages would add up to a larger one, or when a damage spreads so that it stays smaller, and say why.",
        NoAdjustment = "none",
        NoAdjustmentHint = "The highest rating of the scenarios applies.",
        Effects = new Dictionary<AdjustmentEffect, string>
        {
            [AdjustmentEffect.Cumulation] = "Many single damages add up to a larger one: the level rises.",
            [AdjustmentEffect.Distribution] = "The damage spreads (e.g. over many redundant devices) and stays smaller: the level falls.",
        },
        AdjustLevel = "Level after it",
        AdjustReason = "Reason for the effect",
        ResultTitle = "Result for {0}",
        Update = "Update the result",
        KeepTitle = "Protection needs without a determination",
        KeepText = "This tender brings protection needs without a protection-need determination:",
        KeepButton = "Keep them unchanged and go on",
    };

    public static ProtectionText For(Language language) => language == Language.English ? En : De;
}
