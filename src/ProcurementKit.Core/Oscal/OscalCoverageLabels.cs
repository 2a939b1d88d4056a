using ProcurementKit.Catalog;

namespace ProcurementKit.Oscal;

/// <summary>The words of the OSCAL coverage report (<see cref="OscalCoverageReport"/>) in one language.</summary>
internal sealed class OscalCoverageLabels
{
    public static readonly OscalCoverageLabels German = new()
    {
        Controls = "Anforderungen (Controls)",
        CitedAs = "Die Klauseln zitieren sie als",
        NotCited = "Keine Klausel zitiert eine dieser Anforderungen über ihre Kennung.",
        CoveredDirectly = "direkt abgedeckt",
        CoveredViaMapping = "nur über Zuordnung abgedeckt",
        NotTenderMatter = "kein Gegenstand der Ausschreibung",
        NotCovered = "nicht abgedeckt",
        NotCoveredMark = "NICHT ABGEDECKT",
        Covered = "abgedeckt",
        Via = "über Zuordnung:",
        AllCovered = "Alle Anforderungen sind abgedeckt.",
        ControlsNotCovered = "Anforderungen nicht abgedeckt",
    };

    public static readonly OscalCoverageLabels English = new()
    {
        Controls = "controls",
        CitedAs = "Clauses cite them as",
        NotCited = "No clause cites any of these controls by its id.",
        CoveredDirectly = "covered directly",
        CoveredViaMapping = "covered only through a mapping",
        NotTenderMatter = "not a tender matter",
        NotCovered = "not covered",
        NotCoveredMark = "NOT COVERED",
        Covered = "covered",
        Via = "through mapping:",
        AllCovered = "Every control is covered.",
        ControlsNotCovered = "controls not covered",
    };

    public required string Controls { get; init; }
    public required string CitedAs { get; init; }
    public required string NotCited { get; init; }
    public required string CoveredDirectly { get; init; }
    public required string CoveredViaMapping { get; init; }
    public required string NotTenderMatter { get; init; }
    public required string NotCovered { get; init; }
    public required string NotCoveredMark { get; init; }
    public required string Covered { get; init; }
    public required string Via { get; init; }
    public required string AllCovered { get; init; }
    public required string ControlsNotCovered { get; init; }

    public static OscalCoverageLabels For(Language language) => language == Language.German ? German : English;
}
