using ProcurementKit.Catalog;
using ProcurementKit.Selection;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Catalog;

/// <summary>One deadline per event: two clauses that can meet in a tender must not both set one (PK0181).</summary>
public sealed class DeadlineOwnershipTests
{
    public static TheoryData<string[], string[], bool> Pairs => new()
    {
        // both apply to iot-sensor
        { ["deadlines: [incident]"], ["deadlines: [incident]"], true },
        // "all" meets every category
        { ["deadlines: [incident]", "categories: [all]"], ["deadlines: [incident]", "categories: [cloud-service]"], true },
        // no common category
        { ["deadlines: [incident]", "categories: [iot-sensor]"], ["deadlines: [incident]", "categories: [cloud-service]"], false },
        // opposite context: never in one tender
        { ["deadlines: [incident]", "when: { personalData: true }"], ["deadlines: [incident]", "when: { personalData: false }"], false },
        // no common deployment
        { ["deadlines: [incident]", "deployment: [cloud]"], ["deadlines: [incident]", "deployment: [on-premises]"], false },
        // the second replaces the first, so they are never selected together
        { ["deadlines: [incident]"], ["deadlines: [incident]", "replaces: UPD-01"], false },
        // a draft does not count
        { ["deadlines: [incident]"], ["deadlines: [incident]", "status: draft"], false },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Should_report_PK0181_naming_both_clauses_When_two_selectable_clauses_set_a_deadline_for_one_event(
        string[] first, string[] second, bool clash)
    {
        var result = CatalogLoader.Load(TestCatalog.WithClauses(TestCatalog.Clause("UPD-01", first), TestCatalog.Clause("UPD-02", second)));

        var found = result.Diagnostics.Where(d => d.Code == "PK0181").ToList();
        if (!clash)
        {
            found.ShouldBeEmpty();
            return;
        }

        var diagnostic = found.ShouldHaveSingleItem();
        diagnostic.Position.File.ShouldBe("cat/clauses/security-updates/UPD-02.md");
        diagnostic.Message.ShouldContain("UPD-02 and UPD-01 (at cat/clauses/security-updates/UPD-01.md:18:");
        diagnostic.Message.ShouldContain("'incident'");
    }

    [Fact]
    public void Should_find_two_requirements_for_one_event_When_a_selection_brings_them_together()
    {
        var catalog = CatalogLoader.Load(TestCatalog.WithClauses(
            TestCatalog.Clause("UPD-01", "deadlines: [incident]"),
            TestCatalog.Clause("UPD-02", "deadlines: [incident]", "status: draft"))).Catalog;
        var tender = TestTender.Parse(TestTender.Json(extra: ", \"allowDraft\": true"), catalog);

        var selection = SelectionEngine.Select(catalog, tender).Selection!;

        var conflict = DeadlineConflicts.In(selection).ShouldHaveSingleItem();
        conflict.Event.ShouldBe("incident");
        conflict.RequirementIds.ShouldBe(["UPD-01", "UPD-02"]);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_give_every_event_one_deadline_When_composing_a_shipped_example(string example)
    {
        var selection = ExampleSelection.For(example);

        DeadlineConflicts.In(selection).ShouldBeEmpty();
        selection.Requirements.SelectMany(r => r.Clause.Deadlines).ShouldAllBe(e => ShippedCatalog.Catalog.Events.Any(d => d.Id == e));
    }

    [Fact]
    public void Should_let_INC_01_own_the_notification_deadline_for_an_actively_exploited_vulnerability()
    {
        var owners = ShippedCatalog.Catalog.Clauses.Where(c => c.Deadlines.Contains("actively-exploited-vulnerability")).Select(c => c.Id);

        owners.ShouldBe(["INC-01"]);
        foreach (var id in new[] { "INC-03", "VUL-06", "VUL-07" })
        {
            var clause = ShippedCatalog.Catalog.FindClause(id)!;
            clause.German.Body.ShouldContain("INC-01", customMessage: id);
            clause.English.Body.ShouldContain("INC-01", customMessage: id);
        }
    }

    public static TheoryData<string> Examples => [.. ShippedCatalog.ExampleFiles.Select(Path.GetFileName).OfType<string>()];
}
