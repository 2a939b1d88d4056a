using ProcurementKit.Diagnostics;
using ProcurementKit.Selection;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Selection;

/// <summary>Under the lowest-price method nothing is scored, so B criteria leave the selection with a reason and a warning.</summary>
public sealed class PriceOnlySelectionTests
{
    private static SelectionResult Select(string integrity, string method)
    {
        var catalog = TestCatalog.Load(TestCatalog.Clause("UPD-01"), TestCatalog.Clause("UPD-02", "from-level: high", "obligation: { high: { kind: A }, very-high: { kind: A } }"));
        var tender = TestTender.Parse(TestTender.Json(integrity: integrity, extra: $$""", "evaluation": { "method": "{{method}}" }"""), catalog);
        var result = SelectionEngine.Select(catalog, tender, "tender.json");
        result.Errors.ShouldBeEmpty();
        return result;
    }

    [Fact]
    public void Should_drop_the_B_criteria_with_a_reason_and_warn_When_the_method_is_price_only()
    {
        var result = Select("normal", "price-only");

        result.Selection!.Requirements.ShouldBeEmpty();
        var excluded = result.Selection.Excluded.Single(e => e.Id == "UPD-01");
        excluded.Reason.De.ShouldStartWith("bei reiner Preiswertung werden keine Wertungskriterien gewertet");
        excluded.Reason.En.ShouldStartWith("with the lowest-price method no scored criteria are evaluated");
        var note = result.Notes.ShouldHaveSingleItem();
        note.Severity.ShouldBe(Severity.Warning);
        note.ToString().ShouldStartWith("tender.json: warning PK0313: 'evaluation:method': the lowest-price method scores no criteria; 1 B criteria (UPD-01)");
    }

    [Fact]
    public void Should_keep_the_A_criteria_without_a_warning_When_price_only_selects_no_B_criterion()
    {
        var result = Select("high", "price-only");

        result.Selection!.Requirements.Select(r => r.Id).ShouldBe(["UPD-01", "UPD-02"]);
        result.Notes.ShouldBeEmpty();
    }

    [Fact]
    public void Should_keep_the_B_criteria_When_a_reference_value_method_scores_them()
    {
        var result = Select("normal", "simple-reference-value");

        result.Selection!.Scored.Select(r => r.Id).ShouldBe(["UPD-01"]);
        result.Notes.ShouldBeEmpty();
    }
}
