using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Review;

/// <summary>The counts a reviewer sees first.</summary>
public sealed record CatalogDiffSummary(
    int Added, int Removed, int Changed, int StatusChanges, int ObligationChanges, int Moved, int Retired, int Unchanged)
{
    public bool IsEmpty => Added + Removed + Changed == 0;
}

/// <summary>Every clause that differs between two catalog releases, in the new release's topic order.</summary>
/// <param name="OldLabel">How the user named the old release, e.g. <c>v1.2:requirements-catalog</c>.</param>
public sealed record CatalogDiff(
    RequirementsCatalog Old,
    RequirementsCatalog New,
    string OldLabel,
    string NewLabel,
    IReadOnlyList<ClauseChange> Changes)
{
    public CatalogDiffSummary Summary => new(
        Changes.Count(c => c.Kind == ChangeKind.Added),
        Changes.Count(c => c.Kind == ChangeKind.Removed),
        Changes.Count(c => c.Kind == ChangeKind.Changed),
        Changes.Count(c => c.StatusChanged),
        Changes.Count(c => c.ObligationChanged),
        Changes.Count(c => c.Moved),
        Changes.Count(c => c.Retired),
        New.Clauses.Count(c => Old.FindClause(c.Id) is not null) - Changes.Count(c => c.Kind == ChangeKind.Changed));

    /// <summary>
    /// The date tracked changes carry: the new release's date, else the latest approval date in it. Never the
    /// clock, so the same two releases always give the same document.
    /// </summary>
    public string? ChangeDate => CatalogRelease.DateOf(New);

    /// <summary>The git revision the old release was read from ("v1.2"), or null when it came from a folder.</summary>
    public string? OldRevision { get; init; }

    /// <summary>The git revision the new release was read from, or null when it came from a folder.</summary>
    public string? NewRevision { get; init; }

    /// <summary>Clauses differ while the catalog version stayed the same ("1.0.0 → 1.0.0").</summary>
    public bool CatalogVersionNotRaised => Changes.Count > 0 && Old.Info.Version == New.Info.Version;

    /// <summary>
    /// What a release manager must know before this release is used: the catalog version did not rise, and
    /// each deleted clause, which should have been retired.
    /// </summary>
    public IReadOnlyList<Diagnostic> Warnings =>
    [
        .. CatalogVersionNotRaised
            ? [CatalogDiagnostics.CatalogVersionNotRaised(SourcePosition.InFile($"{NewLabel}/catalog.yaml"), New.Info.Version, Changes.Count)]
            : Array.Empty<Diagnostic>(),
        .. Changes.Where(c => c.Kind == ChangeKind.Removed).Select(c => CatalogDiagnostics.ClauseDeleted(c.Old!.Source, c.Id)),
    ];

    /// <summary>The topic a change is listed under: the clause's topic in the new release, or its last one.</summary>
    public Topic? TopicOf(ClauseChange change) =>
        New.FindTopic(change.Current.Topic) ?? Old.FindTopic(change.Current.Topic);
}

/// <summary>Compares two loaded catalogs clause by clause.</summary>
public static class CatalogComparer
{
    public static CatalogDiff Compare(RequirementsCatalog old, RequirementsCatalog @new, string oldLabel, string newLabel)
    {
        var changes = new List<ClauseChange>();
        foreach (var clause in @new.Clauses)
        {
            if (old.FindClause(clause.Id) is not { } before)
            {
                changes.Add(new ClauseChange(clause.Id, ChangeKind.Added, null, clause, []));
            }
            else if (ClauseFields.Compare(before, clause) is { Count: > 0 } fields)
            {
                changes.Add(new ClauseChange(clause.Id, ChangeKind.Changed, before, clause, fields));
            }
        }

        changes.AddRange(old.Clauses
            .Where(c => @new.FindClause(c.Id) is null)
            .Select(c => new ClauseChange(c.Id, ChangeKind.Removed, c, null, [])));

        var diff = new CatalogDiff(old, @new, oldLabel, newLabel, []);
        var ordered = changes
            .OrderBy(c => diff.TopicOf(c) is { } topic && @new.FindTopic(topic.Id) is not null ? topic.Order : int.MaxValue)
            .ThenBy(c => c.Current.Topic, StringComparer.Ordinal)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        return diff with { Changes = ordered };
    }
}
