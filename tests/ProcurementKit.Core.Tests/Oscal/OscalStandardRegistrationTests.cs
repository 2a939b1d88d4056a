using ProcurementKit.Catalog;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Oscal;

/// <summary>An OSCAL catalog in standards/ registers a standard: clauses cite its controls by id, and lint checks each id.</summary>
public sealed class OscalStandardRegistrationTests
{
    private const string Registration = """
        standard: "BSI Lieferkettensicherheit"
        title: { de: "BSI Lieferkettensicherheit", en: "BSI Supply Chain Security" }
        oscal: lieferkettensicherheit.json
        """;

    [Fact]
    public void Should_AcceptAReference_When_ItNamesAControlOfTheRegisteredOscalCatalog()
    {
        var result = CatalogLoader.Load(Source(Clause("BES.4.8")));

        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var standard = result.Catalog.FindStandard("BSI Lieferkettensicherheit")!;
        standard.Items.Count.ShouldBe(146);
        standard.Find("BES.4.8")!.Group.ShouldBe("BES");
    }

    [Fact]
    public void Should_ReportPK0820WithASuggestion_When_TheControlIdDoesNotExist()
    {
        var result = CatalogLoader.Load(Source(Clause("BES.4.88")));

        var problem = result.Diagnostics.ShouldHaveSingleItem();
        problem.Code.ShouldBe("PK0820");
        problem.ToString().ShouldContain("cat/clauses/security-updates/UPD-01.md:17:");
        problem.Message.ShouldContain("did you mean 'BES.4.8'?");
    }

    [Fact]
    public void Should_ReportPK0821_When_TheRegisteredFileIsMissing()
    {
        var files = Source(Clause("BES.4.8")).Files.Where(f => !f.RelativePath.EndsWith(".json", StringComparison.Ordinal)).ToList();

        var result = CatalogLoader.Load(new CatalogSource("cat", files));

        result.Diagnostics.Select(d => d.Code).ShouldContain("PK0821");
        result.Diagnostics.First(d => d.Code == "PK0821").ToString().ShouldContain("cat/standards/lieferkettensicherheit.yaml:3:8");
    }

    [Fact]
    public void Should_ReportTheJsonPath_When_TheRegisteredOscalCatalogIsMalformed()
    {
        var files = Source(Clause("BES.4.8")).Files
            .Select(f => f.RelativePath.EndsWith(".json", StringComparison.Ordinal) ? new CatalogFile(f.RelativePath, """{ "catalog": { "uuid": "u" } }""") : f)
            .ToList();

        var result = CatalogLoader.Load(new CatalogSource("cat", files));

        result.Diagnostics.Select(d => d.ToString()).ShouldContain("cat/standards/lieferkettensicherheit.json: error PK0803: '$.catalog': has no 'metadata'; OSCAL requires it");
    }

    [Fact]
    public void Should_CountTheOscalFileInTheHash_When_ItIsRegistered()
    {
        var source = Source(Clause("BES.4.8"));
        var changed = source with
        {
            Files = [.. source.Files.Select(f => f.RelativePath.EndsWith(".json", StringComparison.Ordinal) ? new CatalogFile(f.RelativePath, f.Content + " ") : f)],
        };

        CatalogLoader.Hash(changed).ShouldNotBe(CatalogLoader.Hash(source));
        CatalogSource.IsCatalogFile("standards/lieferkettensicherheit.json").ShouldBeTrue();
        CatalogSource.IsCatalogFile("clauses/x/data.json").ShouldBeFalse();
    }

    private static string Clause(string control) =>
        TestCatalog.Clause("UPD-01", $"references: [{{ standard: \"BSI Lieferkettensicherheit\", item: \"{control}\" }}]");

    private static CatalogSource Source(string clause)
    {
        var source = TestCatalog.WithClauses(clause);
        return source with
        {
            Files =
            [
                .. source.Files,
                new CatalogFile("standards/lieferkettensicherheit.yaml", Registration),
                new CatalogFile("standards/lieferkettensicherheit.json", File.ReadAllText(OscalSchemas.DataFile("Lieferkettensicherheit-resolved_catalog.json"))),
            ],
        };
    }
}
