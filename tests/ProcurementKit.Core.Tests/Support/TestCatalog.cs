using ProcurementKit.Catalog;

namespace ProcurementKit.Tests.Support;

/// <summary>Builds small in-memory catalogs for tests: the shipped header files plus the clauses a test names.</summary>
internal static class TestCatalog
{
    public const string Header = """
        name: Testkatalog
        name-en: Test catalog
        version: 0.1.0
        publisher: Tests
        context:
          personalData: { de: "Personenbezogene Daten", en: "Personal data" }
          vendorRemoteAccess: { de: "Fernzugriff", en: "Remote access" }
        events:
          incident: { de: "Sicherheitsvorfall", en: "Security incident" }
        """;

    public const string Categories = """
        - { id: iot-sensor, de: IoT-Sensor, en: IoT sensor }
        - { id: lorawan-gateway, de: LoRaWAN-Gateway, en: LoRaWAN gateway }
        - { id: cloud-service, de: Cloud-Dienst, en: Cloud service }
        """;

    public const string Topics = """
        - { id: security-updates, prefix: UPD, de: Sicherheitsupdates, en: Security updates }
        - { id: cryptography, prefix: CRY, de: Kryptografie, en: Cryptography }
        """;

    public const string Standards = """
        standard: CRA
        title: { de: CRA, en: CRA }
        items:
          - { id: "Annex I Part I 2(c)", de: Updates, en: Updates, group: annex-i }
          - { id: "Art. 13(8)", de: Supportzeitraum, en: Support period, group: article }
        """;

    /// <summary>A valid clause; override any front-matter line by passing "key: value" replacements.</summary>
    public static string Clause(string id = "UPD-01", params string[] overrides)
    {
        var fields = new List<(string Key, string Value)>
        {
            ("id", id),
            ("version", "1"),
            ("status", "approved"),
            ("approved-by", "Rechtsamt"),
            ("approved-on", "2026-10-01"),
            ("topic", id.StartsWith("CRY", StringComparison.Ordinal) ? "cryptography" : "security-updates"),
            ("phase", "planning"),
            ("categories", "[iot-sensor, lorawan-gateway]"),
            ("goals", "[integrity, availability]"),
            ("from-level", "normal"),
            ("obligation", "{ normal: { kind: B, weight: 3 }, high: { kind: A }, very-high: { kind: A } }"),
            ("parameters", "{ support-period-years: { type: integer, unit: years, min: 5, normal: 5, high: 7, very-high: 10, label: { de: Supportzeitraum, en: Support period } } }"),
            ("evidence", "{ de: \"Herstellererklärung\", en: \"Manufacturer declaration\" }"),
            ("verification", "[document-review]"),
            ("rationale", "{ de: \"Begründung\", en: \"Rationale\" }"),
            ("references", "[{ standard: CRA, item: \"Art. 13(8)\" }]"),
        };
        foreach (var line in overrides)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            var index = fields.FindIndex(f => f.Key == key);
            if (index >= 0 && value == "~remove")
            {
                fields.RemoveAt(index);
            }
            else if (index >= 0)
            {
                fields[index] = (key, value);
            }
            else
            {
                fields.Add((key, value));
            }
        }

        var frontMatter = string.Join('\n', fields.Select(f => $"{f.Key}: {f.Value}"));
        return $"---\n{frontMatter}\n---\n# de\n## Updates für {{{{support-period-years}}}}\nDer Auftragnehmer liefert Updates für {{{{support-period-years}}}}.\n# en\n## Updates for {{{{support-period-years}}}}\nThe contractor supplies updates for {{{{support-period-years}}}}.\n";
    }

    public static CatalogSource Source(params (string Path, string Content)[] clauses)
    {
        var files = new List<CatalogFile>
        {
            new("catalog.yaml", Header),
            new("categories.yaml", Categories),
            new("topics.yaml", Topics),
            new("standards/cra.yaml", Standards),
        };
        files.AddRange(clauses.Select(c => new CatalogFile(c.Path, c.Content)));
        return new CatalogSource("cat", files);
    }

    public static CatalogSource WithClauses(params string[] clauses) =>
        Source([.. clauses.Select(c => (PathOf(c), c))]);

    public static RequirementsCatalog Load(params string[] clauses)
    {
        var result = CatalogLoader.Load(WithClauses(clauses));
        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        return result.Catalog;
    }

    private static string PathOf(string clause)
    {
        var id = clause.Split('\n').First(l => l.StartsWith("id:", StringComparison.Ordinal))[3..].Trim();
        var topic = id.StartsWith("CRY", StringComparison.Ordinal) ? "cryptography" : "security-updates";
        return $"clauses/{topic}/{id}.md";
    }
}
