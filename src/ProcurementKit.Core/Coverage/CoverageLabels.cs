using ProcurementKit.Catalog;

namespace ProcurementKit.Coverage;

/// <summary>The words of the coverage report (<see cref="CoverageReport"/>) in one language.</summary>
internal sealed class CoverageLabels
{
    public static readonly CoverageLabels German = new()
    {
        Covered = "abgedeckt",
        NotTenderMatter = "kein Gegenstand der Ausschreibung",
        NotCovered = "NICHT ABGEDECKT",
        AllCovered = "Alle registrierten Punkte sind abgedeckt.\n",
        ItemsNotCovered = "Punkte nicht abgedeckt",
    };

    public static readonly CoverageLabels English = new()
    {
        Covered = "covered",
        NotTenderMatter = "not a tender matter",
        NotCovered = "NOT COVERED",
        AllCovered = "Every registered item is covered.\n",
        ItemsNotCovered = "items not covered",
    };

    public required string Covered { get; init; }

    /// <summary>An item the tender cannot cover, counted in the heading and put before its explanation.</summary>
    public required string NotTenderMatter { get; init; }
    public required string NotCovered { get; init; }
    public required string AllCovered { get; init; }
    public required string ItemsNotCovered { get; init; }

    public static CoverageLabels For(Language language) => language == Language.German ? German : English;
}
