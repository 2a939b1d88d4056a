using ProcurementKit.Catalog;
using ProcurementKit.Oscal;
using ProcurementKit.Tests.Support;
using ProcurementKit.Workflow;

namespace ProcurementKit.Tests.Oscal;

/// <summary>The catalog exported to OSCAL and read back with the core's reader gives the same clauses, parameters and references.</summary>
public sealed class OscalRoundTripTests
{
    [Theory]
    [InlineData(Language.German)]
    [InlineData(Language.English)]
    public void Should_GiveTheSameClausesParametersAndReferences_When_TheExportIsReadBack(Language language)
    {
        var catalog = ShippedCatalog.Catalog;
        using var exported = new MemoryStream(OscalWorkflow.Catalog(catalog, language).Value!);

        var read = OscalReader.ReadCatalog(exported, "procurementkit-catalog.json");

        read.Problems.ShouldBeEmpty();
        var clauses = OscalClauses.Read(read.Value!);
        clauses.Select(c => c.Id).ShouldBe(catalog.Clauses.Select(c => c.Id));
        foreach (var (back, clause) in clauses.Zip(catalog.Clauses))
        {
            back.Topic.ShouldBe(clause.Topic, clause.Id);
            back.Title.ShouldBe(clause.Text(language).Title, clause.Id);
            back.Text.ShouldBe(clause.Text(language).Body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim(), clause.Id);
            back.Status.ShouldBe(clause.Status, clause.Id);
            back.Version.ShouldBe(clause.Version, clause.Id);
            back.Obligations.OrderBy(o => o.Key).ShouldBe(clause.Obligations.OrderBy(o => o.Key), clause.Id);
            back.References.ShouldBe(clause.References, clause.Id);
            back.Parameters.Select(Describe).ShouldBe(clause.Parameters.Select(Describe), clause.Id);
        }
    }

    [Fact]
    public void Should_KeepEveryParameterAndReference_When_CountedOverTheWholeCatalog()
    {
        var catalog = ShippedCatalog.Catalog;
        using var exported = new MemoryStream(OscalWorkflow.Catalog(catalog, Language.German).Value!);

        var clauses = OscalClauses.Read(OscalReader.ReadCatalog(exported, "catalog.json").Value!);

        clauses.Sum(c => c.Parameters.Count).ShouldBe(catalog.Clauses.Sum(c => c.Parameters.Count));
        clauses.Sum(c => c.References.Count).ShouldBe(catalog.Clauses.Sum(c => c.References.Count));
        clauses.Sum(c => c.Parameters.Count).ShouldBeGreaterThan(0);
    }

    private static string Describe(Parameter p) =>
        $"{p.Name}|{p.Type}|{p.Unit}|{p.Min}|{p.Max}|{string.Join(",", p.Defaults.OrderBy(d => d.Key).Select(d => $"{d.Key}={d.Value}"))}";
}
