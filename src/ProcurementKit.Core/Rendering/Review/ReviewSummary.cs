using System.Globalization;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Word;

namespace ProcurementKit.Rendering.Review;

/// <summary>The review document's opening tables: clauses per topic and status, obligations per level (the release is on the title page).</summary>
internal sealed class ReviewSummary(WordDocument document, RequirementsCatalog catalog, ClauseDisplay display)
{
    private ReviewLabels Labels => display.Labels;

    public void Compose()
    {
        document.Heading(1, Labels.Overview);
        document.Heading(2, Labels.ByTopic);
        ComposeTopics();
        document.Heading(2, Labels.ByObligation);
        ComposeObligations();
    }

    private void ComposeTopics()
    {
        var statuses = new[] { ClauseStatus.Approved, ClauseStatus.Draft, ClauseStatus.Retired };
        var table = new WordTable(7, 2, 3, 2, 3).Header([Labels.Topic, Labels.Clauses, .. statuses.Select(Labels.StatusName)]);
        foreach (var topic in catalog.Topics)
        {
            var clauses = catalog.Clauses.Where(c => c.Topic == topic.Id).ToList();
            table.Row([topic.Name[display.Language], Number(clauses.Count), .. statuses.Select(s => Number(clauses.Count(c => c.Status == s)))]);
        }

        table.Row(
        [
            WordTable.Cell(Labels.Total, bold: true),
            WordTable.Cell(Number(catalog.Clauses.Count), bold: true),
            .. statuses.Select(s => WordTable.Cell(Number(catalog.Clauses.Count(c => c.Status == s)), bold: true)),
        ]);
        document.Table(table);
    }

    /// <summary>For each protection-need level: how many clauses are knock-out, scored, or not yet applicable there.</summary>
    private void ComposeObligations()
    {
        var active = catalog.Clauses.Where(c => c.Status != ClauseStatus.Retired).ToList();
        var table = new WordTable(4, 2, 2, 2).Header(
            Labels.Level, Obligation.Must.Display(display.Language), Labels.ScoredKind, Labels.NotYet);
        foreach (var level in Levels.All)
        {
            var applicable = active.Where(c => c.FromLevel <= level).ToList();
            table.Row(
                level.Display(display.Language),
                Number(applicable.Count(c => c.ObligationAt(level).IsKnockOut)),
                Number(applicable.Count(c => !c.ObligationAt(level).IsKnockOut)),
                Number(active.Count - applicable.Count));
        }

        document.Table(table);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
