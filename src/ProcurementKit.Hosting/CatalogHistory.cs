using System.Text.RegularExpressions;

namespace ProcurementKit.Hosting;

/// <summary>A revision of the catalog a user may pick: its tag or full commit id, and what to show for it.</summary>
public sealed record CatalogRevision(string Id, string Label);

/// <summary>
/// The git history of a catalog folder: where the folder lies in its repository, and the tags and recent commits
/// that touch it. A web page offers only these revisions, and only these are ever handed to git again.
/// </summary>
public sealed partial record CatalogHistory(string Repository, string Folder, IReadOnlyList<CatalogRevision> Revisions)
{
    /// <summary>Commits listed; older releases are reached by their tags.</summary>
    public const int MaxCommits = 30;

    /// <summary>The history of the folder, or null when it is not inside a git work tree (or git is missing).</summary>
    public static CatalogHistory? Of(string folder)
    {
        string repository;
        string prefix;
        try
        {
            repository = GitCatalog.Git(folder, folder, "rev-parse", "--show-toplevel").Trim();
            prefix = GitCatalog.Git(folder, folder, "rev-parse", "--show-prefix").Trim().TrimEnd('/');
        }
        catch (CatalogReadException)
        {
            return null;
        }

        var revisions = new List<CatalogRevision>();
        var tags = GitCatalog.Git(repository, folder, "tag", "--list", "--sort=-creatordate");
        revisions.AddRange(tags.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => SafeTag().IsMatch(t))
            .Select(t => new CatalogRevision(t, t)));
        var log = GitCatalog.Git(repository, folder, "log", $"--max-count={MaxCommits}", "--format=%H%x09%cs %h %s", "--", prefix.Length == 0 ? "." : prefix);
        foreach (var line in log.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab == 40 && CommitId().IsMatch(line[..tab]))
            {
                var label = line[(tab + 1)..];
                revisions.Add(new CatalogRevision(line[..tab], label.Length > 100 ? label[..99] + "…" : label));
            }
        }

        return new CatalogHistory(repository, prefix, revisions);
    }

    /// <summary>The offered revision with this id, or null: anything else is refused before git sees it.</summary>
    public CatalogRevision? Find(string? id) => Revisions.FirstOrDefault(r => r.Id == id);

    /// <summary>The catalog at an offered revision.</summary>
    public Catalog.CatalogSource Read(CatalogRevision revision) => GitCatalog.Read(revision.Id, Folder, Repository);

    // A tag that git could mistake for an option or a range is not offered.
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._/+-]{0,99}$")]
    private static partial Regex SafeTag();

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex CommitId();
}
