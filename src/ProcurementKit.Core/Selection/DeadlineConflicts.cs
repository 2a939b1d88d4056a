namespace ProcurementKit.Selection;

/// <summary>An event for which more than one selected requirement sets a deadline.</summary>
public sealed record DeadlineConflict(string Event, IReadOnlyList<string> RequirementIds);

/// <summary>
/// The check after selection that a tender gives one deadline per event: lint keeps approved clauses
/// apart, but drafts, forced includes and edited catalogs can still bring two together.
/// </summary>
public static class DeadlineConflicts
{
    public static IReadOnlyList<DeadlineConflict> In(TenderSelection selection) =>
        [.. selection.Requirements
            .SelectMany(r => r.Clause.Deadlines.Select(e => (Event: e, r.Id)))
            .GroupBy(x => x.Event, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => new DeadlineConflict(g.Key, [.. g.Select(x => x.Id)]))];
}
