using ProcurementKit.Catalog;
using ProcurementKit.Review;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Review;

public sealed class CatalogComparerTests
{
    private static readonly string s_base = TestCatalog.Clause("UPD-01");

    internal static CatalogDiff Diff(string[] old, string[] @new) =>
        CatalogComparer.Compare(TestCatalog.Load(old), TestCatalog.Load(@new), "alt", "neu");

    [Fact]
    public void Should_report_one_changed_word_When_one_word_of_the_german_text_changed()
    {
        var edited = s_base.Replace("Der Auftragnehmer liefert", "Der Auftragnehmer stellt", StringComparison.Ordinal);

        var change = Diff([s_base], [edited]).Changes.ShouldHaveSingleItem();

        change.Kind.ShouldBe(ChangeKind.Changed);
        change.Fields.Select(f => f.Key).ShouldBe(["text.de"]);
        change.Fields[0].Words().Where(s => s.IsChange).ShouldBe(
            [new DiffSegment(DiffOperation.Delete, "liefert"), new DiffSegment(DiffOperation.Insert, "stellt")]);
        change.TextChanged.ShouldBeTrue();
        change.VersionNotRaised.ShouldBeTrue();
    }

    [Fact]
    public void Should_name_the_parameter_and_level_When_a_default_changed()
    {
        var edited = TestCatalog.Clause("UPD-01", "version: 2",
            "parameters: { support-period-years: { type: integer, unit: years, min: 5, normal: 5, high: 8, very-high: 10, label: { de: Supportzeitraum, en: Support period } } }");

        var change = Diff([s_base], [edited]).Changes.ShouldHaveSingleItem();

        change.Fields.Select(f => (f.Key, f.Old, f.New)).ShouldBe(
            [("version", "1", "2"), ("parameters.support-period-years.high", "7", "8")]);
        change.Field("parameters.support-period-years.high")!.Kind.ShouldBe(FieldKind.Parameter);
        change.VersionNotRaised.ShouldBeFalse();
    }

    [Fact]
    public void Should_list_added_and_removed_clauses_When_ids_appear_or_disappear()
    {
        var diff = Diff([s_base, TestCatalog.Clause("UPD-02")], [s_base, TestCatalog.Clause("UPD-03")]);

        diff.Changes.Select(c => (c.Id, c.Kind)).ShouldBe([("UPD-02", ChangeKind.Removed), ("UPD-03", ChangeKind.Added)]);
        diff.Summary.ShouldBe(new CatalogDiffSummary(Added: 1, Removed: 1, Changed: 0, StatusChanges: 0, ObligationChanges: 0, Moved: 0, Retired: 0, Unchanged: 1));
    }

    [Fact]
    public void Should_count_a_retirement_as_status_change_When_an_approved_clause_is_retired()
    {
        var retired = TestCatalog.Clause("UPD-01", "version: 2", "status: retired");

        var diff = Diff([s_base], [retired]);

        var change = diff.Changes.ShouldHaveSingleItem();
        change.Retired.ShouldBeTrue();
        change.StatusChanged.ShouldBeTrue();
        change.Field("status")!.ShouldBe(new FieldChange("status", FieldKind.Status, "approved", "retired"));
        diff.Summary.Retired.ShouldBe(1);
        diff.Summary.StatusChanges.ShouldBe(1);
    }

    [Fact]
    public void Should_list_a_moved_clause_under_its_new_topic_When_its_topic_changed()
    {
        var moved = TestCatalog.Clause("UPD-02", "topic: cryptography");

        var diff = Diff([s_base, TestCatalog.Clause("UPD-02"), TestCatalog.Clause("CRY-01")], [s_base, moved, TestCatalog.Clause("CRY-01")]);

        var change = diff.Changes.ShouldHaveSingleItem();
        change.Moved.ShouldBeTrue();
        change.Field("topic")!.ShouldBe(new FieldChange("topic", FieldKind.Topic, "security-updates", "cryptography"));
        diff.TopicOf(change)!.Id.ShouldBe("cryptography");
        diff.Summary.Moved.ShouldBe(1);
    }

    [Fact]
    public void Should_count_an_obligation_change_When_a_level_turns_from_scored_to_must()
    {
        var stricter = TestCatalog.Clause("UPD-01", "version: 2", "obligation: { normal: { kind: A }, high: { kind: A }, very-high: { kind: A } }");

        var diff = Diff([s_base], [stricter]);

        diff.Changes.ShouldHaveSingleItem().Field("obligation.normal")!.ShouldBe(new FieldChange("obligation.normal", FieldKind.Obligation, "B3", "A"));
        diff.Summary.ObligationChanges.ShouldBe(1);
    }

    [Fact]
    public void Should_report_nothing_When_both_releases_are_equal()
    {
        var diff = Diff([s_base, TestCatalog.Clause("CRY-01")], [s_base, TestCatalog.Clause("CRY-01")]);

        diff.Changes.ShouldBeEmpty();
        diff.Summary.IsEmpty.ShouldBeTrue();
        diff.Summary.Unchanged.ShouldBe(2);
    }

    [Fact]
    public void Should_order_changes_by_the_new_topic_order_When_several_topics_changed()
    {
        var diff = Diff([], [TestCatalog.Clause("CRY-01"), TestCatalog.Clause("UPD-02"), TestCatalog.Clause("UPD-01")]);

        diff.Changes.Select(c => c.Id).ShouldBe(["UPD-01", "UPD-02", "CRY-01"]);
    }

    [Fact]
    public void Should_date_changes_with_the_release_date_When_catalog_yaml_gives_one()
    {
        var old = TestCatalog.Load(s_base);
        var released = CatalogLoader.Load(new CatalogSource("cat", [.. TestCatalog.WithClauses(s_base).Files
            .Select(f => f.RelativePath == "catalog.yaml" ? f with { Content = f.Content + "\nreleased-on: 2026-12-15" } : f)]));
        released.Diagnostics.ShouldBeEmpty();

        CatalogComparer.Compare(old, released.Catalog, "a", "b").ChangeDate.ShouldBe("2026-12-15");
        CatalogComparer.Compare(old, old, "a", "b").ChangeDate.ShouldBe("2026-10-01");
    }

    [Fact]
    public void Should_find_every_difference_When_comparing_the_shipped_catalog_with_itself_edited()
    {
        var catalog = ShippedCatalog.Catalog;
        var edited = catalog with { Clauses = [.. catalog.Clauses.Select(c => c.Id == "UPD-01" ? c with { Version = 2 } : c)] };

        var diff = CatalogComparer.Compare(catalog, edited, "a", "b");

        diff.Changes.ShouldHaveSingleItem().Fields.ShouldBe([new FieldChange("version", FieldKind.Metadata, "1", "2")]);
        diff.Summary.Unchanged.ShouldBe(catalog.Clauses.Count - 1);
    }
}
