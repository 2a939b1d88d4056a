using ProcurementKit.Diagnostics;
using ProcurementKit.Selection;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Selection;

/// <summary>One deadline per event: lint keeps approved clauses apart, the selection warns when a draft or a forced include brings two together.</summary>
public sealed class DeadlineConflictSelectionTests
{
    private static readonly string[] Draft = ["status: draft", "approved-by: ~remove", "approved-on: ~remove"];

    private static SelectionResult Select(string extra, params string[] clauses)
    {
        var catalog = TestCatalog.Load(clauses);
        var result = SelectionEngine.Select(catalog, TestTender.Parse(TestTender.Json(extra: extra), catalog), "tender.json");
        result.Errors.ShouldBeEmpty();
        return result;
    }

    [Fact]
    public void Should_warn_naming_both_clauses_When_a_draft_sets_a_second_deadline_for_the_same_event()
    {
        var result = Select(
            """, "allowDraft": true""",
            TestCatalog.Clause("UPD-01", "deadlines: [incident]"),
            TestCatalog.Clause("UPD-02", [.. Draft, "deadlines: [incident]"]));

        result.Selection!.Requirements.Select(r => r.Id).ShouldBe(["UPD-01", "UPD-02"]);
        var note = result.Notes.ShouldHaveSingleItem();
        note.Severity.ShouldBe(Severity.Warning);
        note.Code.ShouldBe("PK0314");
        note.ToString().ShouldContain("the selection sets 2 deadlines for the event 'incident' (UPD-01, UPD-02)");
    }

    [Fact]
    public void Should_not_warn_When_the_draft_with_the_second_deadline_is_not_selected()
    {
        var result = Select(
            string.Empty,
            TestCatalog.Clause("UPD-01", "deadlines: [incident]"),
            TestCatalog.Clause("UPD-02", [.. Draft, "deadlines: [incident]"]));

        result.Selection!.Requirements.Select(r => r.Id).ShouldBe(["UPD-01"]);
        result.Notes.ShouldBeEmpty();
    }
}
