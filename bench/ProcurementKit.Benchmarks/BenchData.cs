using ProcurementKit.Bench.Generator;
using ProcurementKit.Catalog;
using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Selection;
using ProcurementKit.Tenders;

namespace ProcurementKit.Benchmarks;

/// <summary>
/// The inputs benchmarks share: the shipped catalog with its largest example tender, and synthetic
/// catalogs built in memory by the generator (same seed as bench/run.sh), so no files need preparing.
/// </summary>
public sealed class BenchData
{
    public const string Shipped = "shipped";

    private BenchData(CatalogSource source, RequirementsCatalog catalog, Tender tender)
    {
        Source = source;
        Catalog = catalog;
        Tender = tender;
    }

    public CatalogSource Source { get; }

    public RequirementsCatalog Catalog { get; }

    public Tender Tender { get; }

    public TenderSelection Select() => SelectionEngine.Select(Catalog, Tender).Selection!;

    /// <summary>"shipped" or a clause count such as "1000".</summary>
    public static BenchData For(string size)
    {
        var shipped = CatalogFolder.Read(null);
        if (size == Shipped)
        {
            var catalog = CatalogLoader.Load(shipped).Catalog;
            var example = Path.Combine(RepositoryRoot(), "examples", "street-lighting.json");
            return new BenchData(shipped, catalog, ReadTender(File.ReadAllBytes(example), catalog));
        }

        var vocabulary = CatalogLoader.Load(shipped).Catalog;
        var synthetic = SyntheticCatalog.Build(shipped, vocabulary, int.Parse(size, System.Globalization.CultureInfo.InvariantCulture), 20261102);
        var loaded = CatalogLoader.Load(synthetic.Source).Catalog;
        return new BenchData(synthetic.Source, loaded, ReadTender(synthetic.TenderJson, loaded));
    }

    private static Tender ReadTender(byte[] json, RequirementsCatalog catalog)
    {
        using var stream = new MemoryStream(json);
        return TenderReader.Read(stream, "tender.json", catalog).Tender
            ?? throw new InvalidOperationException("the benchmark tender does not fit the catalog");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProcurementKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmarks from inside the repository");
    }
}
