using ProcurementKit.Catalog;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Catalog;

/// <summary>
/// A large catalog is loaded without holding all its texts: files can be read on demand, the loader reads
/// each clause once, and repeated values are kept once.
/// </summary>
public sealed class CatalogSourceTests
{
    private static readonly string[] s_clauses =
    [
        TestCatalog.Clause("UPD-01"),
        TestCatalog.Clause("UPD-02"),
        TestCatalog.Clause("CRY-01", "categories: [iot-sensor]"),
    ];

    /// <summary>The test catalog with every file read on demand, counting the reads per path.</summary>
    private static (CatalogSource Source, Dictionary<string, int> Reads) OnDemand()
    {
        var eager = TestCatalog.WithClauses(s_clauses);
        var reads = eager.Files.ToDictionary(f => f.RelativePath, _ => 0);
        var files = eager.Files.Select(f => new CatalogFile(f.RelativePath, () =>
        {
            reads[f.RelativePath]++;
            return f.Content;
        })).ToList();
        return (eager with { Files = files }, reads);
    }

    [Fact]
    public void Should_ReadEachClauseOnceAndLoadAsFromText_When_FilesAreReadOnDemand()
    {
        var (source, reads) = OnDemand();

        var result = CatalogLoader.Load(source);

        result.Diagnostics.ShouldBeEmpty();
        reads.Where(r => r.Key.StartsWith("clauses/", StringComparison.Ordinal)).Select(r => r.Value).ShouldAllBe(n => n == 1);
        var fromText = CatalogLoader.Load(TestCatalog.WithClauses(s_clauses)).Catalog;
        result.Catalog.Sha256.ShouldBe(fromText.Sha256);
        result.Catalog.Sha256.ShouldBe(CatalogLoader.Hash(source));
        result.Catalog.Clauses.Select(c => c.Id).ShouldBe(["UPD-01", "UPD-02", "CRY-01"]);
        result.Catalog.Clauses[0].English.Body.ShouldBe("The contractor supplies updates for {{support-period-years}}.");
    }

    [Fact]
    public void Should_ReadTheTextOnEveryAccess_When_AFileIsReadOnDemand()
    {
        var version = 0;
        var file = new CatalogFile("catalog.yaml", () => $"version: {++version}");

        file.Content.ShouldBe("version: 1");
        file.Content.ShouldBe("version: 2");
        (file with { Content = "version: 9" }).Content.ShouldBe("version: 9");
    }

    [Fact]
    public void Should_KeepOneInstanceOfARepeatedValue_When_ClausesRepeatIt()
    {
        var clauses = CatalogLoader.Load(TestCatalog.WithClauses(s_clauses)).Catalog.Clauses;

        var (first, second) = (clauses[0], clauses[1]);
        first.Evidence.De.ShouldBe("Herstellererklärung");
        ReferenceEquals(first.Evidence.De, second.Evidence.De).ShouldBeTrue();
        ReferenceEquals(first.Approval.By, second.Approval.By).ShouldBeTrue();
        ReferenceEquals(first.Categories[0], clauses[2].Categories[0]).ShouldBeTrue();
        ReferenceEquals(first.Parameters[0].Name, second.Parameters[0].Name).ShouldBeTrue();
    }
}
