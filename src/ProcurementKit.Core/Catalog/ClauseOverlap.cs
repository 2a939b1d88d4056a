namespace ProcurementKit.Catalog;

/// <summary>
/// Whether two clauses can be selected in one tender: they share a category (or one says <c>all</c>), a
/// deployment (an empty list allows all), no <c>when</c> key asks for opposite values, and neither replaces
/// the other. Levels are ignored: every clause applies at very-high, so any two meet there.
/// </summary>
public static class ClauseOverlap
{
    public static bool CanMeet(Clause a, Clause b) =>
        a.Replaces != b.Id && b.Replaces != a.Id
        && (a.AppliesToAllCategories || b.AppliesToAllCategories || a.Categories.Intersect(b.Categories).Any())
        && (a.Deployment.Count == 0 || b.Deployment.Count == 0 || a.Deployment.Intersect(b.Deployment).Any())
        && !a.When.Any(w => b.When.TryGetValue(w.Key, out var other) && other != w.Value);
}
