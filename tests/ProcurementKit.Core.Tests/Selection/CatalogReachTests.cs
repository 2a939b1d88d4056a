using ProcurementKit.Catalog;
using ProcurementKit.Selection;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Selection;

/// <summary>
/// Every category and phase is served, and every clause is reachable: the shipped examples plus one test
/// tender per category, level and deployment (all context flags set) select each approved clause at least once.
/// </summary>
public sealed class CatalogReachTests
{
    private static RequirementsCatalog Catalog => ShippedCatalog.Catalog;

    private static TenderSelection SelectFor(string category, string level, string deployment, string context = """{ "personalData": true, "criticalInfrastructure": true, "vendorRemoteAccess": true, "internetExposed": true, "cloudHosted": true, "operatedByContractor": true }""")
    {
        var lots = $$"""[{ "id": "1", "title": "Los", "categories": ["{{category}}"], "deployment": "{{deployment}}" }]""";
        // Every phase, the pilot included, so that each clause can be reached by some tender.
        var phases = """, "phases": ["experiment", "planning", "implementation", "operation", "decommissioning"]""";
        var tender = TestTender.Parse(TestTender.Json(level, level, level, lots: lots, context: context, extra: phases), Catalog);
        var result = SelectionEngine.Select(Catalog, tender);
        result.Errors.ShouldBeEmpty();
        return result.Selection!;
    }

    public static TheoryData<string> Categories => [.. ShippedCatalog.Catalog.Categories.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(Categories))]
    public void Should_select_a_sensible_set_When_a_lot_buys_one_category_at_normal(string category)
    {
        var selection = SelectFor(category, "normal", "on-premises", "{}");

        selection.Requirements.Count.ShouldBeGreaterThanOrEqualTo(20, category);
        selection.Requirements.Select(r => r.Clause.Topic).Distinct().Count().ShouldBeGreaterThanOrEqualTo(10, category);
        selection.Requirements.ShouldContain(r => r.Clause.Topic == "security-updates" || r.Clause.Topic == "operation", category);
    }

    [Fact]
    public void Should_select_clauses_of_every_phase_When_all_categories_are_bought()
    {
        var phases = Catalog.Categories
            .SelectMany(c => SelectFor(c.Id, "high", "hybrid").Requirements)
            .Select(r => r.Clause.Phase)
            .Distinct();

        phases.ShouldBe(Enum.GetValues<Phase>(), ignoreOrder: true);
    }

    [Fact]
    public void Should_reach_every_approved_clause_When_examples_and_test_tenders_are_combined()
    {
        var selected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var category in Catalog.Categories)
        {
            foreach (var level in Levels.Names)
            {
                foreach (var deployment in Deployments.All)
                {
                    selected.UnionWith(SelectFor(category.Id, level, deployment).Requirements.Select(r => r.Id));
                    selected.UnionWith(SelectFor(category.Id, level, deployment, "{}").Requirements.Select(r => r.Id));
                }
            }
        }

        foreach (var file in ShippedCatalog.ExampleFiles)
        {
            using var stream = File.OpenRead(file);
            var tender = ProcurementKit.Tenders.TenderReader.Read(stream, file, Catalog).Tender!;
            selected.UnionWith(SelectionEngine.Select(Catalog, tender).Selection!.Requirements.Select(r => r.Id));
        }

        Catalog.Clauses.Where(c => c.Status == ClauseStatus.Approved).Select(c => c.Id).Except(selected).ShouldBeEmpty();
    }
}
