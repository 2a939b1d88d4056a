using ProcurementKit.Catalog;
using ProcurementKit.Selection;

namespace ProcurementKit.Coverage;

/// <summary>One registered standard item and the clauses (or selected requirements) that implement it.</summary>
public sealed record CoverageRow(RegisteredStandard Standard, StandardItem Item, IReadOnlyList<string> CoveredBy)
{
    public bool IsCovered => CoveredBy.Count > 0;

    /// <summary>Not covered, but documented as no tender matter (docs/grundschutz-coverage.md); not counted as a gap.</summary>
    public bool IsExplained => !IsCovered && Item.OutsideTenders is not null;
}

/// <summary>The traceability matrix: every registered standard item against the clauses that cite it.</summary>
public sealed record CoverageMatrix(IReadOnlyList<CoverageRow> Rows)
{
    public IEnumerable<CoverageRow> Uncovered => Rows.Where(r => !r.IsCovered && !r.IsExplained);

    /// <summary>Coverage of the whole catalog (retired clauses do not count).</summary>
    public static CoverageMatrix ForCatalog(RequirementsCatalog catalog) =>
        Build(catalog.Standards, catalog.Clauses.Where(c => c.Status != ClauseStatus.Retired).Select(c => (c.Id, c.References)));

    /// <summary>Coverage of what a tender selected.</summary>
    public static CoverageMatrix ForSelection(TenderSelection selection) =>
        Build(selection.Catalog.Standards, selection.Requirements.Select(r => ($"{r.Number} {r.Id}", r.Clause.References)));

    private static CoverageMatrix Build(
        IReadOnlyList<RegisteredStandard> standards, IEnumerable<(string Label, IReadOnlyList<Reference> References)> sources)
    {
        var list = sources.ToList();
        var rows = new List<CoverageRow>();
        foreach (var standard in standards)
        {
            foreach (var item in standard.ReportedItems)
            {
                var coveredBy = list
                    .Where(s => s.References.Any(r => r.Standard == standard.Name && Covers(r.Item, item.Id)))
                    .Select(s => s.Label)
                    .ToList();
                rows.Add(new CoverageRow(standard, item, coveredBy));
            }
        }

        return new CoverageMatrix(rows);
    }

    /// <summary>A reference covers its item, and a provision such as "5.3-13" also covers its group "5.3".</summary>
    public static bool Covers(string referenced, string item) =>
        referenced == item || referenced.StartsWith(item + "-", StringComparison.Ordinal);
}
