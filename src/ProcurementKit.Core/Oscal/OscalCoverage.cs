using ProcurementKit.Catalog;
using ProcurementKit.Coverage;
using ProcurementKit.Selection;

namespace ProcurementKit.Oscal;

/// <summary>A clause (or requirement) that covers a control through a mapping: which mapped item it cites, and how that item relates.</summary>
public sealed record MappedCover(string By, string Through, string Relationship);

/// <summary>One control of an OSCAL catalog and what covers it: clauses that cite it, clauses that cite an item mapped to it.</summary>
public sealed record OscalCoverageRow(OscalControl Control, IReadOnlyList<string> Direct, IReadOnlyList<MappedCover> ViaMapping, string? OutsideTenders)
{
    public bool IsCovered => Direct.Count > 0 || ViaMapping.Count > 0;

    /// <summary>Not covered, but the registered standard explains it as no tender matter (docs/grundschutz-coverage.md).</summary>
    public bool IsExplained => !IsCovered && OutsideTenders is not null;
}

/// <summary>
/// Coverage of any OSCAL catalog (the BSI's Supply Chain Security catalog, a Grundschutz++ profile, NIST SP 800-53, ...):
/// every control in document order with the clauses that cite it directly and those that cite an item an OSCAL
/// mapping relates to it. <see cref="CitedAs"/> is the standard name under which clauses cite the catalog's controls.
/// </summary>
public sealed record OscalCoverageMatrix(OscalCatalog Standard, string? CitedAs, IReadOnlyList<OscalCoverageRow> Rows)
{
    public IEnumerable<OscalCoverageRow> Uncovered => Rows.Where(r => !r.IsCovered && !r.IsExplained);

    public int DirectCount => Rows.Count(r => r.Direct.Count > 0);

    public int MappingOnlyCount => Rows.Count(r => r.Direct.Count == 0 && r.ViaMapping.Count > 0);

    public int ExplainedCount => Rows.Count(r => r.IsExplained);

    /// <summary>The whole catalog's clauses (retired ones do not count).</summary>
    public static OscalCoverageMatrix ForCatalog(OscalCatalog standard, RequirementsCatalog catalog, IReadOnlyList<OscalMapping> mappings, string? citedAs = null) =>
        Build(standard, catalog, mappings, citedAs,
            [.. catalog.Clauses.Where(c => c.Status != ClauseStatus.Retired).Select(c => new Source(c.Id, c))]);

    /// <summary>What a tender's selected requirements cover, labelled with their annex numbers.</summary>
    public static OscalCoverageMatrix ForSelection(OscalCatalog standard, TenderSelection selection, IReadOnlyList<OscalMapping> mappings, string? citedAs = null) =>
        Build(standard, selection.Catalog, mappings, citedAs, [.. selection.Requirements.Select(r => new Source($"{r.Number} {r.Id}", r.Clause))]);

    /// <summary>
    /// The standard whose references name this catalog's controls: the one whose cited items match the most control
    /// ids (ties: the name first in ordinal order); null when no clause cites any control id.
    /// </summary>
    public static string? DetectCitedAs(OscalCatalog standard, RequirementsCatalog catalog)
    {
        var ids = standard.Controls.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return catalog.Clauses.SelectMany(c => c.References)
            .Where(r => ids.Contains(r.Item))
            .GroupBy(r => r.Standard)
            .Select(g => (Name: g.Key, Count: g.Select(r => r.Item).Distinct().Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name, StringComparer.Ordinal)
            .Select(g => g.Name)
            .FirstOrDefault();
    }

    private static OscalCoverageMatrix Build(OscalCatalog standard, RequirementsCatalog catalog, IReadOnlyList<OscalMapping> mappings, string? citedAs, List<Source> sources)
    {
        var name = citedAs ?? DetectCitedAs(standard, catalog);
        var registered = name is null ? null : catalog.FindStandard(name);
        var byTarget = mappings.SelectMany(m => m.Entries).ToLookup(e => e.Target, StringComparer.Ordinal);
        var rows = new List<OscalCoverageRow>(standard.Controls.Count);
        foreach (var control in standard.Controls)
        {
            var direct = sources
                .Where(s => name is not null && s.Clause.References.Any(r => r.Standard == name && CoverageMatrix.Covers(r.Item, control.Id)))
                .Select(s => s.Label)
                .ToList();
            var mapped = byTarget[control.Id]
                .SelectMany(e => sources.Where(s => !direct.Contains(s.Label) && Cites(s.Clause, e.Source)).Select(s => new MappedCover(s.Label, e.Source, e.Relationship)))
                .Distinct()
                .ToList();
            rows.Add(new OscalCoverageRow(control, direct, mapped, registered?.Find(control.Id)?.OutsideTenders));
        }

        return new OscalCoverageMatrix(standard, name, rows);
    }

    /// <summary>
    /// Whether a clause cites a mapping's source item: the clause's own control (a mapping written by <c>oscal mapping</c>),
    /// an item it references, or a sub-item of one (SYS.4.4.A5-UA.4 is part of a cited SYS.4.4.A5).
    /// </summary>
    private static bool Cites(Clause clause, string source) =>
        source == OscalIds.Control(clause.Id)
        || clause.References.Any(r => r.Item == source || source.StartsWith(r.Item + "-", StringComparison.Ordinal));

    private sealed record Source(string Label, Clause Clause);
}
