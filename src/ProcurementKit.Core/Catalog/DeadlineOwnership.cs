using ProcurementKit.Diagnostics;

namespace ProcurementKit.Catalog;

/// <summary>
/// One deadline per event: two usable clauses that can meet in a tender must not both set a deadline for the
/// same event, or the contract would give the contractor two deadlines for one notification.
/// </summary>
internal static class DeadlineOwnership
{
    public static void Check(IReadOnlyList<ParsedClause> clauses, DiagnosticBag diagnostics)
    {
        // Only approved clauses: drafts are work in progress and the selection check (DeadlineConflicts) still guards a tender that allows them.
        var setters = clauses.Where(c => c.Clause.Status == ClauseStatus.Approved && c.Clause.Deadlines.Count > 0).ToList();
        for (var i = 0; i < setters.Count; i++)
        {
            for (var j = i + 1; j < setters.Count; j++)
            {
                var (first, second) = (setters[i], setters[j]);
                foreach (var eventId in first.Clause.Deadlines.Intersect(second.Clause.Deadlines, StringComparer.Ordinal))
                {
                    if (ClauseOverlap.CanMeet(first.Clause, second.Clause))
                    {
                        diagnostics.Add(CatalogDiagnostics.DeadlineSetTwice(second.DeadlinesAt, eventId, second.Clause.Id, first.Clause.Id, first.DeadlinesAt));
                    }
                }
            }
        }
    }
}
