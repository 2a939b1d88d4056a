using ProcurementKit.Catalog;
using ProcurementKit.Tenders.Assessment;

namespace ProcurementKit.Tenders;

/// <summary>The protection need of one goal: its level and why it was chosen (BSI 200-2 asks for both).</summary>
public sealed record ProtectionNeed(Level Level, string Reason);

/// <summary>A lot of the tender: what it buys, how it is deployed, and the goals it sets itself.</summary>
public sealed record Lot(
    string Id,
    string Title,
    IReadOnlyList<string> Categories,
    string? Deployment,
    IReadOnlyDictionary<ProtectionGoal, ProtectionNeed> OwnNeeds);

/// <summary>The award method announced in the tender (UfAB).</summary>
public sealed record EvaluationSettings(AwardMethod Method, int MaxPoints, decimal FluctuationPercent, TieBreaker TieBreaker)
{
    /// <summary>The tender's own qualitative scale (<c>evaluation.scale</c>), or null for the catalog's.</summary>
    public ScoringScale? Scale { get; init; }

    public static EvaluationSettings Default => new(AwardMethod.SimpleReferenceValue, 10, 0, TieBreaker.Performance);
}

/// <summary>A tender description: what the municipality buys and how much protection it needs.</summary>
public sealed record Tender
{
    public required string Title { get; init; }
    public required string Reference { get; init; }
    public required string Authority { get; init; }
    public required Language Language { get; init; }
    public required string Date { get; init; }
    public string Description { get; init; } = string.Empty;
    public required IReadOnlyDictionary<ProtectionGoal, ProtectionNeed> ProtectionNeeds { get; init; }
    public required IReadOnlyList<Lot> Lots { get; init; }

    /// <summary>The lifecycle phases the contract covers (<c>phases</c>); clauses of other phases are not selected.</summary>
    public IReadOnlyList<Phase> Phases { get; init; } = PhaseReader.Default;
    public IReadOnlyDictionary<string, bool> Context { get; init; } = new Dictionary<string, bool>();
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<string> Exclude { get; init; } = [];
    public bool AllowDraft { get; init; }
    public EvaluationSettings Evaluation { get; init; } = EvaluationSettings.Default;

    /// <summary>The protection-need assessment (<c>assessment</c>) that <see cref="ProtectionNeeds"/> came from, or null.</summary>
    public ProtectionNeedAssessment? Assessment { get; init; }

    /// <summary>A lot's need for a goal: its own, else the tender's.</summary>
    public ProtectionNeed NeedOf(Lot lot, ProtectionGoal goal) =>
        lot.OwnNeeds.TryGetValue(goal, out var own) ? own : ProtectionNeeds[goal];

    public bool ContextValue(string key) => Context.TryGetValue(key, out var value) && value;
}
