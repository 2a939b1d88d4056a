using ProcurementKit.Catalog;
using ProcurementKit.Selection;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Selection;

/// <summary>A clause is selected only when the tender buys its phase; pilot clauses stay out of a regular roll-out.</summary>
public sealed class PhaseSelectionTests
{
    private static readonly string s_pilotClause = TestCatalog.Clause("UPD-02", "phase: experiment");

    private static TenderSelection Select(string extra = "", string include = "[]")
    {
        var catalog = TestCatalog.Load(TestCatalog.Clause("UPD-01"), s_pilotClause);
        var result = SelectionEngine.Select(catalog, TestTender.Parse(TestTender.Json(include: include, extra: extra), catalog));
        result.Errors.ShouldBeEmpty();
        return result.Selection!;
    }

    [Fact]
    public void Should_leave_out_the_experiment_clause_with_its_reason_When_the_tender_names_no_phases()
    {
        var selection = Select();

        selection.Requirements.Select(r => r.Id).ShouldBe(["UPD-01"]);
        var excluded = selection.Excluded.ShouldHaveSingleItem();
        excluded.Id.ShouldBe("UPD-02");
        excluded.Reason.De.ShouldBe("Phase Experimentierphase wird in dieser Ausschreibung nicht beschafft (Schlüssel 'phases')");
        excluded.Reason.En.ShouldBe("phase experiment is not procured in this tender (key 'phases')");
    }

    [Fact]
    public void Should_select_the_experiment_clause_and_say_why_When_the_tender_is_a_pilot()
    {
        var selection = Select(""", "phases": ["experiment", "planning"]""");

        selection.Requirements.Select(r => r.Id).ShouldBe(["UPD-01", "UPD-02"]);
        selection.Find("UPD-02")!.Reason.De.ShouldEndWith("; Experimentierphase ist Gegenstand des Auftrags");
        selection.Find("UPD-02")!.Reason.En.ShouldEndWith("; the experiment phase is part of the contract");
    }

    [Fact]
    public void Should_leave_out_a_planning_clause_When_a_pilot_buys_only_the_experiment()
    {
        var selection = Select(""", "phases": ["experiment"]""");

        selection.Requirements.Select(r => r.Id).ShouldBe(["UPD-02"]);
        selection.Excluded.Single().Reason.En.ShouldBe("phase planning is not procured in this tender (key 'phases')");
    }

    [Fact]
    public void Should_follow_the_include_list_When_the_authority_includes_a_pilot_clause_anyway()
    {
        var selection = Select(include: """["UPD-02"]""");

        selection.Find("UPD-02").ShouldNotBeNull();
    }

    [Fact]
    public void Should_select_no_experiment_clause_When_composing_the_street_lighting_roll_out()
    {
        var selection = ExampleSelection.For("street-lighting.json");

        selection.Requirements.Where(r => r.Clause.Phase == Phase.Experiment).ShouldBeEmpty();
        foreach (var id in new[] { "GOV-02", "GOV-03", "GOV-04", "INT-09" })
        {
            selection.Excluded.Single(e => e.Id == id).Reason.De.ShouldStartWith("Phase Experimentierphase wird in dieser Ausschreibung nicht beschafft");
        }
    }
}
