using BenchmarkDotNet.Attributes;
using ProcurementKit.Catalog;
using ProcurementKit.Selection;

namespace ProcurementKit.Benchmarks;

/// <summary>Loading (parsing and checking) a catalog, and selecting a tender's requirements from it.</summary>
[MemoryDiagnoser]
public class CatalogBenchmarks
{
    private BenchData _data = null!;

    [Params(BenchData.Shipped, "1000")]
    public string Catalog { get; set; } = BenchData.Shipped;

    [GlobalSetup]
    public void Setup() => _data = BenchData.For(Catalog);

    [Benchmark]
    public RequirementsCatalog Parse() => CatalogLoader.Load(_data.Source).Catalog;

    [Benchmark]
    public TenderSelection Select() => _data.Select();
}
