using System.Text;
using ProcurementKit.Catalog;

namespace ProcurementKit.Bench.Generator;

/// <summary>A generated catalog (as catalog files) and the tender planned against it.</summary>
internal sealed record SyntheticCatalog(CatalogSource Source, byte[] TenderJson, int PlannedSelected)
{
    /// <summary>
    /// Builds <paramref name="clauses"/> clauses over the shipped vocabulary (catalog.yaml, categories,
    /// topics, standards copied unchanged). The same seed gives the same files, byte for byte.
    /// </summary>
    public static SyntheticCatalog Build(CatalogSource shipped, RequirementsCatalog vocabulary, int clauses, int seed)
    {
        var random = new Random(seed);
        var planner = new ClausePlanner(random, vocabulary);
        var writer = new ClauseFileWriter(random, vocabulary);
        var files = shipped.Files.Where(f => !f.RelativePath.StartsWith("clauses/", StringComparison.Ordinal)).ToList();
        var plans = new List<ClausePlan>();
        for (var i = 0; i < clauses; i++)
        {
            var plan = planner.Next(i);
            plans.Add(plan);
            files.Add(new CatalogFile($"clauses/{plan.Topic.Id}/{plan.Id}.md", writer.Write(plan)));
        }

        using var tender = new MemoryStream();
        TenderJsonWriter.Write(tender, vocabulary, plans);
        tender.WriteByte((byte)'\n');
        var ordered = files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        return new SyntheticCatalog(new CatalogSource("catalog", ordered), tender.ToArray(), plans.Count(p => p.Selected));
    }

    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
