using System.Text;

namespace ProcurementKit.Tests.Oscal;

/// <summary>The validator finds errors where there are some, and none in the BSI's own catalog: so a clean result means something.</summary>
public sealed class OscalSchemaSanityTests
{
    [Fact]
    public void Should_AcceptTheBsiCatalog_When_ValidatedAgainstTheCatalogSchema()
    {
        var bytes = File.ReadAllBytes(OscalSchemas.DataFile("Lieferkettensicherheit-resolved_catalog.json"));

        OscalSchemas.Errors(OscalSchemas.Catalog, bytes).ShouldBeEmpty();
    }

    [Fact]
    public void Should_ReportErrors_When_AControlIdIsNoToken()
    {
        var bytes = Encoding.UTF8.GetBytes("""
            { "catalog": { "uuid": "7d6c3c4e-5d1b-5b7a-9c1e-2f3a4b5c6d7e",
              "metadata": { "title": "t", "last-modified": "2026-12-06T00:00:00Z", "version": "1", "oscal-version": "1.2.1" },
              "controls": [ { "id": "1 bad id", "title": "x" } ] } }
            """);

        OscalSchemas.Errors(OscalSchemas.Catalog, bytes).ShouldNotBeEmpty();
    }
}
