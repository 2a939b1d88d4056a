using ProcurementKit.Catalog;

namespace ProcurementKit.Oscal;

/// <summary>The few words the OSCAL documents write around values, in German and English.</summary>
internal sealed class OscalLabels
{
    public static readonly OscalLabels German = new()
    {
        AtLeast = "mindestens",
        AtMost = "höchstens",
        DefaultsByLevel = "Vorgabe je Schutzbedarf:",
        ProfileTitle = "Anforderungsauswahl",
        ResolvedTitle = "Anforderungen an den Auftragnehmer",
        MappingTitle = "Zuordnung der Klauseln zu Grundschutz++",
        MappingDescription = "Aus den Verweisen der Klauseln erzeugt: Jede Klausel, die eine Grundschutz++-Anforderung zitiert, trägt zu ihr bei (intersects-with). Die Verweise setzen die Klauselautoren; die Zuordnung ist nicht einzeln geprüft.",
    };

    public static readonly OscalLabels English = new()
    {
        AtLeast = "at least",
        AtMost = "at most",
        DefaultsByLevel = "Default per protection need:",
        ProfileTitle = "Requirement selection",
        ResolvedTitle = "Requirements on the contractor",
        MappingTitle = "Clauses mapped to Grundschutz++",
        MappingDescription = "Generated from the clauses' references: each clause that cites a Grundschutz++ control contributes to it (intersects-with). The clause authors set the references; the mapping is not reviewed pair by pair.",
    };

    public required string AtLeast { get; init; }
    public required string AtMost { get; init; }
    public required string DefaultsByLevel { get; init; }
    public required string ProfileTitle { get; init; }
    public required string ResolvedTitle { get; init; }
    public required string MappingTitle { get; init; }
    public required string MappingDescription { get; init; }

    public static OscalLabels For(Language language) => language == Language.German ? German : English;
}
