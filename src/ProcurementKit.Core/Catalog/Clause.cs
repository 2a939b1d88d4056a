using ProcurementKit.Diagnostics;

namespace ProcurementKit.Catalog;

/// <summary>Whether a clause may be used in tenders.</summary>
public enum ClauseStatus
{
    Draft,
    Approved,
    Retired,
}

/// <summary>Who approved a clause and when (legal review metadata).</summary>
public sealed record Approval(string? By, string? On, LocalizedText? Note);

/// <summary>
/// A quantitative B criterion: the required value earns 0 points, <see cref="FullAt"/> earns full points. Higher
/// offered values are better (support years), or lower ones with <see cref="LowerIsBetter"/> (hours, days).
/// </summary>
public sealed record Scoring(string Parameter, decimal FullAt, bool LowerIsBetter = false);

/// <summary>The title and Markdown body of a clause in one language.</summary>
public sealed record ClauseText(string Title, string Body)
{
    public static readonly ClauseText Empty = new(string.Empty, string.Empty);

    public bool IsEmpty => Title.Length == 0 && Body.Length == 0;
}

/// <summary>One requirement of the catalog, as written in its Markdown file.</summary>
public sealed record Clause
{
    public required string Id { get; init; }
    public required int Version { get; init; }
    public required ClauseStatus Status { get; init; }
    public required string Topic { get; init; }
    public required Phase Phase { get; init; }

    /// <summary>Category ids, or the single entry "all".</summary>
    public required IReadOnlyList<string> Categories { get; init; }
    public required IReadOnlyList<ProtectionGoal> Goals { get; init; }
    public required Level FromLevel { get; init; }
    public IReadOnlyDictionary<string, bool> When { get; init; } = new Dictionary<string, bool>();
    public IReadOnlyList<string> Deployment { get; init; } = [];
    public string? Replaces { get; init; }
    public required IReadOnlyDictionary<Level, Obligation> Obligations { get; init; }
    public IReadOnlyList<Parameter> Parameters { get; init; } = [];
    public Scoring? Scoring { get; init; }
    public required LocalizedText Evidence { get; init; }
    public IReadOnlyList<string> Verification { get; init; } = [];
    public required LocalizedText Rationale { get; init; }
    public IReadOnlyList<Reference> References { get; init; } = [];

    /// <summary>What the clause is in the procedure; absent in the file means <see cref="ClauseRole.Requirement"/>.</summary>
    public ClauseRole Role { get; init; } = ClauseRole.Requirement;

    /// <summary>Events (catalog.yaml <c>events</c>) this clause sets the deadline for; no other selectable clause may set one.</summary>
    public IReadOnlyList<string> Deadlines { get; init; } = [];
    public required ClauseText German { get; init; }
    public required ClauseText English { get; init; }
    public Approval Approval { get; init; } = new(null, null, null);

    /// <summary>Where the clause file is; used by diagnostics and review documents.</summary>
    public required SourcePosition Source { get; init; }

    public bool AppliesToAllCategories => Categories.Count == 1 && Categories[0] == "all";

    public ClauseText Text(Language language) =>
        language == Language.English && !English.IsEmpty ? English : German;

    public LocalizedText Title => new(German.Title, English.Title);

    public Parameter? FindParameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);

    /// <summary>The obligation at a level: the entry for it or the nearest lower one.</summary>
    public Obligation ObligationAt(Level level)
    {
        for (var l = (int)level; l >= 0; l--)
        {
            if (Obligations.TryGetValue((Level)l, out var obligation))
            {
                return obligation;
            }
        }

        return Obligations.Count > 0 ? Obligations.OrderBy(o => o.Key).First().Value : Obligation.Must;
    }
}
