using ProcurementKit.Catalog;

namespace ProcurementKit.Tenders.Assessment;

/// <summary>One cell of the questionnaire: a damage scenario judged for one protection goal.</summary>
public readonly record struct ScenarioGoal(DamageScenario Scenario, ProtectionGoal Goal)
{
    /// <summary>Every cell in questionnaire order: scenario by scenario, each for confidentiality, integrity, availability.</summary>
    public static readonly IReadOnlyList<ScenarioGoal> All =
        [.. DamageScenarios.All.SelectMany(s => ProtectionGoals.All.Select(g => new ScenarioGoal(s, g)))];

    /// <summary>The cell's key path below <c>assessment</c> in tender.json, e.g. <c>ratings:personal-integrity:integrity</c>.</summary>
    public string Key => $"ratings:{Scenario.ToKey()}:{Goal.ToKey()}";
}

/// <summary>How much damage one scenario could do to one goal, and why the officer thinks so (empty when normal needs no word).</summary>
public sealed record ScenarioRating(Level Level, string Reason);

/// <summary>A cumulation or distribution effect on one goal: the level it leads to and why (BSI 200-2 asks for the reason).</summary>
public sealed record NeedAdjustment(AdjustmentEffect Effect, Level Level, string Reason);

/// <summary>
/// The protection-need determination of a tender as the officer answered it: a rating for every damage scenario
/// and goal, and optional cumulation or distribution effects per goal. <see cref="ProtectionNeedDetermination"/>
/// turns it into the tender's protection needs and checks its rules.
/// </summary>
public sealed record ProtectionNeedAssessment
{
    public static readonly ProtectionNeedAssessment Empty = new();

    /// <summary>The ratings by scenario and goal; a complete assessment has all 18 (<see cref="ScenarioGoal.All"/>).</summary>
    public IReadOnlyDictionary<ScenarioGoal, ScenarioRating> Ratings { get; init; } = new Dictionary<ScenarioGoal, ScenarioRating>();

    /// <summary>At most one adjustment per goal.</summary>
    public IReadOnlyDictionary<ProtectionGoal, NeedAdjustment> Adjustments { get; init; } = new Dictionary<ProtectionGoal, NeedAdjustment>();

    public ScenarioRating? RatingOf(DamageScenario scenario, ProtectionGoal goal) =>
        Ratings.TryGetValue(new ScenarioGoal(scenario, goal), out var rating) ? rating : null;

    public NeedAdjustment? AdjustmentOf(ProtectionGoal goal) => Adjustments.TryGetValue(goal, out var adjustment) ? adjustment : null;

    /// <summary>A copy with one cell rated (or re-rated); handy for a questionnaire filled in step by step.</summary>
    public ProtectionNeedAssessment With(DamageScenario scenario, ProtectionGoal goal, Level level, string reason) =>
        this with { Ratings = new Dictionary<ScenarioGoal, ScenarioRating>(Ratings) { [new(scenario, goal)] = new(level, reason.Trim()) } };

    /// <summary>A copy with the goal's adjustment set, or removed when <paramref name="adjustment"/> is null.</summary>
    public ProtectionNeedAssessment WithAdjustment(ProtectionGoal goal, NeedAdjustment? adjustment)
    {
        var adjustments = new Dictionary<ProtectionGoal, NeedAdjustment>(Adjustments);
        if (adjustment is null)
        {
            adjustments.Remove(goal);
        }
        else
        {
            adjustments[goal] = adjustment with { Reason = adjustment.Reason.Trim() };
        }

        return this with { Adjustments = adjustments };
    }
}
