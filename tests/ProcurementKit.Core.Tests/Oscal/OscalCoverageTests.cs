using System.Text;
using System.Text.Json.Nodes;
using ProcurementKit.Catalog;
using ProcurementKit.Coverage;
using ProcurementKit.Oscal;
using ProcurementKit.Tests.Support;
using ProcurementKit.Workflow;

namespace ProcurementKit.Tests.Oscal;

/// <summary>
/// Coverage of the BSI's Supply Chain Security catalog (real OSCAL, 146 controls): every control listed, the clauses
/// that cite it, what a mapping adds, what a tender covers; the same result every time.
/// </summary>
public sealed class OscalCoverageTests
{
    private static readonly Lazy<OscalCatalog> s_scs = new(() => Read("Lieferkettensicherheit-resolved_catalog.json"));

    private static OscalCatalog Scs => s_scs.Value;

    [Fact]
    public void Should_ListAll146ControlsInDocumentOrder_When_TheBsiSupplyChainCatalogIsCovered()
    {
        var matrix = OscalCoverageMatrix.ForCatalog(Scs, ShippedCatalog.Catalog, []);

        var idsInFile = ControlIds(JsonNode.Parse(File.ReadAllText(OscalSchemas.DataFile("Lieferkettensicherheit-resolved_catalog.json")))!).ToList();
        idsInFile.Count.ShouldBe(146);
        matrix.Rows.Select(r => r.Control.Id).ShouldBe(idsInFile);
        (matrix.DirectCount + matrix.MappingOnlyCount + matrix.ExplainedCount + matrix.Uncovered.Count()).ShouldBe(146);
    }

    [Fact]
    public void Should_AgreeWithTheGrundschutzRegistryCoverage_When_ClausesCiteControlsDirectly()
    {
        var catalog = ShippedCatalog.Catalog;
        var registry = CoverageMatrix.ForCatalog(catalog).Rows.Where(r => r.Standard.Name == "Grundschutz++").ToDictionary(r => r.Item.Id);

        var matrix = OscalCoverageMatrix.ForCatalog(Scs, catalog, []);

        matrix.CitedAs.ShouldBe("Grundschutz++");
        foreach (var row in matrix.Rows.Where(r => registry.ContainsKey(r.Control.Id)))
        {
            row.Direct.ShouldBe(registry[row.Control.Id].CoveredBy, row.Control.Id);
            row.IsExplained.ShouldBe(registry[row.Control.Id].IsExplained, row.Control.Id);
        }

        matrix.DirectCount.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Should_GiveTheApprovedResult_When_TheSupplyChainCatalogIsCoveredByTheShippedCatalog()
    {
        var json = OscalCoverageReport.Json(OscalCoverageMatrix.ForCatalog(Scs, ShippedCatalog.Catalog, []));

        json.ShouldMatchApproved(c => c.SubFolder("approved").NoDiff());
    }

    [Fact]
    public void Should_NameOnlySelectedRequirements_When_ATenderIsGiven()
    {
        var prepared = OscalExamples.Prepare("lorawan-network.json");
        var labels = prepared.Selection.Requirements.ToDictionary(r => $"{r.Number} {r.Id}", r => r.Clause);

        var matrix = OscalCoverageMatrix.ForSelection(Scs, prepared.Selection, []);

        matrix.Rows.Count.ShouldBe(146);
        var covers = matrix.Rows.SelectMany(r => r.Direct.Select(label => (r.Control.Id, label))).ToList();
        covers.ShouldNotBeEmpty();
        foreach (var (control, label) in covers)
        {
            labels.ShouldContainKey(label);
            labels[label].References.ShouldContain(new Reference("Grundschutz++", control));
        }
    }

    [Fact]
    public void Should_CoverControlsThroughTheBsiMapping_When_AClauseCitesAMappedItGrundschutzRequirement()
    {
        var oscal = BsiMapping.AsOscal();
        OscalSchemas.Errors(OscalSchemas.Mapping, oscal).ShouldBeEmpty();
        var mapping = OscalReader.ReadMapping(new MemoryStream(oscal), "itgs-to-gspp.json").Value!;
        var catalog = TestCatalog.Load(TestCatalog.Clause("UPD-01", "references: [{ standard: IT-Grundschutz, item: \"APP.6.A3\" }]"));

        var matrix = OscalCoverageMatrix.ForCatalog(Scs, catalog, [mapping]);

        // The BSI maps APP.6.A3's sub-requirements (APP.6.A3-UA.1 ...) to Grundschutz++ controls; those in the catalog are covered.
        var expected = BsiMapping.Rows().Where(r => r.Source.StartsWith("APP.6.A3-", StringComparison.Ordinal) && Scs.Find(r.Target) is not null)
            .Select(r => r.Target).Distinct().Order(StringComparer.Ordinal).ToList();
        expected.ShouldNotBeEmpty();
        var covered = matrix.Rows.Where(r => r.ViaMapping.Count > 0).ToList();
        covered.Select(r => r.Control.Id).Order(StringComparer.Ordinal).ShouldBe(expected);
        covered.SelectMany(r => r.ViaMapping).ShouldAllBe(m => m.By == "UPD-01" && m.Through.StartsWith("APP.6.A3-", StringComparison.Ordinal));
        matrix.MappingOnlyCount.ShouldBe(expected.Count);
    }

    [Fact]
    public void Should_CoverWhatTheReferencesCover_When_TheCatalogsOwnMappingIsTheOnlyLink()
    {
        var catalog = ShippedCatalog.Catalog;
        var own = OscalReader.ReadMapping(new MemoryStream(OscalWorkflow.Mapping(catalog, Language.German).Value!), "mapping.json").Value!;
        var direct = OscalCoverageMatrix.ForCatalog(Scs, catalog, []);

        var throughMapping = OscalCoverageMatrix.ForCatalog(Scs, catalog, [own], citedAs: "no such standard");

        throughMapping.DirectCount.ShouldBe(0);
        throughMapping.Rows.Select(r => r.ViaMapping.Select(m => m.By).Order(StringComparer.Ordinal).ToList())
            .ShouldBe(direct.Rows.Select(r => r.Direct.Order(StringComparer.Ordinal).ToList()));
    }

    [Fact]
    public void Should_NotePK0811_When_NoClauseCitesTheCatalogsControls()
    {
        var foreign = """
            { "catalog": { "uuid": "7d6c3c4e-5d1b-5b7a-9c1e-2f3a4b5c6d7e",
              "metadata": { "title": "NIST-like", "last-modified": "2026-12-06T00:00:00Z", "version": "1", "oscal-version": "1.2.1" },
              "controls": [ { "id": "ac-1", "title": "Policy" } ] } }
            """;
        var standard = OscalReader.ReadCatalog(new MemoryStream(Encoding.UTF8.GetBytes(foreign)), "nist.json").Value!;

        var coverage = OscalWorkflow.Coverage(ShippedCatalog.Catalog, null, standard, []);

        coverage.Problems.ShouldHaveSingleItem().Code.ShouldBe("PK0811");
        coverage.Value!.Uncovered.Single().Control.Id.ShouldBe("ac-1");
    }

    private static IEnumerable<string> ControlIds(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, value) in obj)
            {
                if (name == "controls" && value is JsonArray controls)
                {
                    foreach (var control in controls)
                    {
                        yield return control!["id"]!.GetValue<string>();
                        foreach (var nested in ControlIds(control))
                        {
                            yield return nested;
                        }
                    }
                }
                else if (value is not null && name != "parts")
                {
                    foreach (var id in ControlIds(value))
                    {
                        yield return id;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array.OfType<JsonNode>())
            {
                foreach (var id in ControlIds(item))
                {
                    yield return id;
                }
            }
        }
    }

    private static OscalCatalog Read(string name)
    {
        using var stream = File.OpenRead(OscalSchemas.DataFile(name));
        var read = OscalReader.ReadCatalog(stream, name);
        read.Problems.ShouldBeEmpty();
        return read.Value!;
    }
}
