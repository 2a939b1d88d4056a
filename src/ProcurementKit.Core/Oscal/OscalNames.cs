namespace ProcurementKit.Oscal;

/// <summary>The fixed names ProcurementKit's OSCAL documents use (docs/oscal.md explains each).</summary>
public static class OscalNames
{
    /// <summary>The OSCAL version every document written conforms to.</summary>
    public const string Version = "1.2.1";

    /// <summary>
    /// The namespace of ProcurementKit's own props and parts (obligation, weight, lots, ...). A URN, so it claims no
    /// web address; OSCAL asks only for a URI.
    /// </summary>
    public const string Namespace = "urn:procurementkit:oscal";

    /// <summary>The file name a profile imports the catalog by (href), so both files can travel together.</summary>
    public const string CatalogFileName = "procurementkit-catalog.json";

    /// <summary>Where the Grundschutz++ controls that a mapping targets are published.</summary>
    public const string GrundschutzHref = "https://github.com/BSI-Bund/Stand-der-Technik-Bibliothek";

    /// <summary>The standard a mapping targets: the BSI's Grundschutz++.</summary>
    public const string GrundschutzStandard = "Grundschutz++";
}
