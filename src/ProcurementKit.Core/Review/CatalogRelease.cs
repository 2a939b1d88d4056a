using ProcurementKit.Catalog;

namespace ProcurementKit.Review;

/// <summary>Facts about a catalog release that review documents print.</summary>
public static class CatalogRelease
{
    /// <summary>
    /// The release date: <c>released-on</c> from catalog.yaml, else the latest approval date of its clauses, else
    /// null. Documents are dated with it, never with the clock, so the same release always gives the same bytes.
    /// </summary>
    public static string? DateOf(RequirementsCatalog catalog) =>
        catalog.Info.ReleasedOn ?? catalog.Clauses.Select(c => c.Approval.On).OfType<string>().Max(StringComparer.Ordinal);
}
