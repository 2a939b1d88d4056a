using ProcurementKit.Catalog;
using ProcurementKit.Coverage;

namespace ProcurementKit.Web.Library;

/// <summary>
/// The catalog browser's filters, read from the query string so a filtered view can be bookmarked. A value the
/// catalog does not know filters nothing and is dropped from the links the page writes.
/// </summary>
public sealed record ClauseFilter(string? Topic, string? Category, Phase? Phase, ClauseStatus? Status, string? Standard, string? Item, string? Search)
{
    public static readonly ClauseFilter None = new(null, null, null, null, null, null, null);

    public static ClauseFilter From(IQueryCollection query, RequirementsCatalog catalog)
    {
        string? Known(string key, IEnumerable<string> values)
        {
            var value = query[key].ToString();
            return values.Contains(value, StringComparer.Ordinal) ? value : null;
        }

        var standard = Known("standard", catalog.Standards.Select(s => s.Name));
        var item = query["item"].ToString().Trim();

        // An item alone (chosen from the list) names its standard when only one standard has such an item.
        if (standard is null && catalog.Standards.Where(s => s.Find(item) is not null).ToList() is [{ } only])
        {
            standard = only.Name;
        }

        var search = query["q"].ToString().Trim();
        return new ClauseFilter(
            Known("topic", catalog.Topics.Select(t => t.Id)),
            Known("category", catalog.Categories.Select(c => c.Id)),
            Phases.TryParse(query["phase"].ToString(), out var phase) ? phase : null,
            Enum.TryParse<ClauseStatus>(query["status"].ToString(), true, out var status) && Enum.IsDefined(status) ? status : null,
            standard,
            standard is not null && item.Length is > 0 and <= 60 ? item : null,
            search.Length is > 0 and <= 100 ? search : null);
    }

    public bool IsEmpty => this == None;

    /// <summary>The clauses that pass every filter, in catalog (topic) order.</summary>
    public IEnumerable<Clause> Apply(RequirementsCatalog catalog) =>
        catalog.Clauses.Where(Matches).OrderBy(c => catalog.FindTopic(c.Topic)?.Order ?? int.MaxValue).ThenBy(c => c.Id, StringComparer.Ordinal);

    public bool Matches(Clause clause) =>
        (Topic is null || clause.Topic == Topic)
        && (Category is null || clause.AppliesToAllCategories || clause.Categories.Contains(Category))
        && (Phase is null || clause.Phase == Phase)
        && (Status is null || clause.Status == Status)
        && (Standard is null || clause.References.Any(r => r.Standard == Standard && (Item is null || CoverageMatrix.Covers(r.Item, Item))))
        && (Search is null || Contains(clause, Search));

    /// <summary>The query string of this filter (without the page language), for links.</summary>
    public string Query(string ui)
    {
        var parts = new List<KeyValuePair<string, string?>>
        {
            new("ui", ui),
            new("topic", Topic),
            new("category", Category),
            new("phase", Phase?.ToKey()),
            new("status", Status?.ToString().ToLowerInvariant()),
            new("standard", Standard),
            new("item", Item),
            new("q", Search),
        };
        return Microsoft.AspNetCore.Http.QueryString.Create(parts.Where(p => p.Value is not null)).ToUriComponent();
    }

    private static bool Contains(Clause clause, string text) =>
        clause.Id.Contains(text, StringComparison.OrdinalIgnoreCase)
        || clause.German.Title.Contains(text, StringComparison.OrdinalIgnoreCase)
        || clause.English.Title.Contains(text, StringComparison.OrdinalIgnoreCase)
        || clause.German.Body.Contains(text, StringComparison.OrdinalIgnoreCase)
        || clause.English.Body.Contains(text, StringComparison.OrdinalIgnoreCase);
}
