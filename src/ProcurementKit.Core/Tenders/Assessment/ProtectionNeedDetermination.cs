using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Tenders.Assessment;

/// <summary>
/// The rules of the protection-need determination (BSI 200-2): per goal the highest rating of the six damage
/// scenarios (maximum principle), then the goal's cumulation or distribution effect; and the checks that make
/// an assessment a sound record (a reason for every rating above normal and for every adjustment, cumulation only
/// raises, distribution only lowers, every scenario rated for every goal).
/// </summary>
public static class ProtectionNeedDetermination
{
    /// <summary>
    /// The tender's protection needs as the assessment gives them, each with a reason in <paramref name="language"/>
    /// naming the scenarios that set the level and the adjustment. Unrated cells count as normal, so a half-filled
    /// questionnaire can be previewed; <see cref="Check"/> says whether the assessment is complete and sound.
    /// </summary>
    public static IReadOnlyDictionary<ProtectionGoal, ProtectionNeed> Determine(ProtectionNeedAssessment assessment, Language language)
    {
        var needs = new SortedDictionary<ProtectionGoal, ProtectionNeed>();
        foreach (var goal in ProtectionGoals.All)
        {
            var determination = DetermineGoal(assessment, goal);
            needs[goal] = new ProtectionNeed(determination.Level, DeterminationReason.For(determination, assessment, language));
        }

        return needs;
    }

    /// <summary>One goal's determination: maximum, the scenarios behind it, the adjustment.</summary>
    public static GoalDetermination DetermineGoal(ProtectionNeedAssessment assessment, ProtectionGoal goal)
    {
        var rated = DamageScenarios.All
            .Select(s => (Scenario: s, Level: assessment.RatingOf(s, goal)?.Level ?? Level.Normal))
            .ToList();
        var maximum = rated.Max(r => r.Level);
        IReadOnlyList<DamageScenario> drivers = maximum == Level.Normal
            ? []
            : [.. rated.Where(r => r.Level == maximum).Select(r => r.Scenario)];
        return new GoalDetermination(goal, maximum, drivers, assessment.AdjustmentOf(goal));
    }

    /// <summary>
    /// Every problem of the assessment, with key paths below <paramref name="keyPrefix"/> (as in tender.json,
    /// e.g. <c>assessment:ratings:personal-integrity:integrity:reason</c>; an empty prefix for an answers file).
    /// Empty when the assessment is sound.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(ProtectionNeedAssessment assessment, string file, string keyPrefix = "assessment")
    {
        var problems = new List<Diagnostic>();
        foreach (var cell in ScenarioGoal.All)
        {
            var key = Key(keyPrefix, cell.Key);
            if (!assessment.Ratings.TryGetValue(cell, out var rating))
            {
                problems.Add(TenderDiagnostics.RatingMissing(file, key, cell.Scenario.ToKey(), cell.Goal.ToKey()));
            }
            else if (!Enum.IsDefined(rating.Level))
            {
                problems.Add(TenderDiagnostics.LevelOutOfRange(file, $"{key}:level", (int)rating.Level));
            }
            else if (rating.Level > Level.Normal && string.IsNullOrWhiteSpace(rating.Reason))
            {
                problems.Add(TenderDiagnostics.RatingWithoutReason(file, $"{key}:reason", rating.Level.ToKey()));
            }
        }

        foreach (var (goal, adjustment) in assessment.Adjustments.OrderBy(a => a.Key))
        {
            CheckAdjustment(DetermineGoal(assessment, goal), adjustment, Key(keyPrefix, $"adjustments:{goal.ToKey()}"), file, problems);
        }

        return problems;
    }

    private static string Key(string prefix, string key) => prefix.Length == 0 ? key : $"{prefix}:{key}";

    private static void CheckAdjustment(GoalDetermination goal, NeedAdjustment adjustment, string key, string file, List<Diagnostic> problems)
    {
        if (string.IsNullOrWhiteSpace(adjustment.Reason))
        {
            problems.Add(TenderDiagnostics.AdjustmentWithoutReason(file, $"{key}:reason", adjustment.Effect.ToKey()));
        }

        if (!Enum.IsDefined(adjustment.Level))
        {
            problems.Add(TenderDiagnostics.LevelOutOfRange(file, $"{key}:level", (int)adjustment.Level));
            return;
        }

        var wrongWay = adjustment.Effect == AdjustmentEffect.Cumulation
            ? adjustment.Level <= goal.Maximum
            : adjustment.Level >= goal.Maximum;
        if (wrongWay)
        {
            problems.Add(TenderDiagnostics.AdjustmentWrongWay(file, $"{key}:level", adjustment.Effect.ToKey(), goal.Maximum.ToKey(), adjustment.Level.ToKey()));
        }
    }
}
