using ProcurementKit.Catalog;
using ProcurementKit.Selection;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Selection;

/// <summary>
/// Suitability criteria leave part C of the annex, so the selection numbers them after the requirements part C
/// shows: Word then counts the same numbers as selection.json, and no clause has two.
/// </summary>
public sealed class SuitabilitySelectionTests
{
    private const string Suitability = "role: suitability";
    private const string AlwaysA = "obligation: { normal: { kind: A }, high: { kind: A }, very-high: { kind: A } }";

    private static TenderSelection Select(params string[] clauses)
    {
        var catalog = TestCatalog.Load(clauses);
        var result = SelectionEngine.Select(catalog, TestTender.Parse(TestTender.Json(), catalog), "tender.json");
        result.Errors.ShouldBeEmpty();
        return result.Selection!;
    }

    [Fact]
    public void Should_number_a_suitability_criterion_after_the_requirements_of_its_topic_When_it_comes_first_in_the_catalog()
    {
        var selection = Select(TestCatalog.Clause("UPD-01", Suitability, AlwaysA), TestCatalog.Clause("UPD-02"), TestCatalog.Clause("UPD-03"));

        selection.Requirements.Select(r => (r.Number, r.Id)).ShouldBe([("1.1", "UPD-02"), ("1.2", "UPD-03"), ("1.3", "UPD-01")]);
        selection.Suitability.Select(r => r.Id).ShouldBe(["UPD-01"]);
        selection.OfferRequirements.Select(r => r.Id).ShouldBe(["UPD-02", "UPD-03"]);
    }

    [Fact]
    public void Should_number_a_topic_of_suitability_criteria_only_after_all_other_topics_When_it_comes_first_in_the_catalog()
    {
        var selection = Select(TestCatalog.Clause("UPD-01", Suitability, AlwaysA), TestCatalog.Clause("CRY-01"));

        selection.Requirements.Select(r => (r.Number, r.Id)).ShouldBe([("1.1", "CRY-01"), ("2.1", "UPD-01")]);
    }

    [Fact]
    public void Should_keep_catalog_order_and_numbers_When_no_clause_is_a_suitability_criterion()
    {
        var selection = Select(TestCatalog.Clause("UPD-01", "role: performance-condition"), TestCatalog.Clause("UPD-02"), TestCatalog.Clause("CRY-01"));

        selection.Requirements.Select(r => (r.Number, r.Id)).ShouldBe([("1.1", "UPD-01"), ("1.2", "UPD-02"), ("2.1", "CRY-01")]);
        selection.Suitability.ShouldBeEmpty();
    }
}
