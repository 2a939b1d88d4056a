using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Tenders.Assessment;

namespace ProcurementKit.Web.Workbench;

/// <summary>
/// The protection-need determination (BSI 200-2), one goal at a time: the six damage scenarios each rated normal,
/// high or very high with a reason, and an optional cumulation or distribution effect with its reason. Fields:
/// <c>goal</c> (the goal on the page), <c>rating-personal-integrity-level</c>, <c>rating-personal-integrity-reason</c>, …,
/// <c>adjust-effect</c>, <c>adjust-level</c>, <c>adjust-reason</c>. The answers and the protection needs the core
/// determines from them are written into the draft (<see cref="AssessmentDraft"/>).
/// </summary>
public static class ProtectionStep
{
    public static readonly IReadOnlyList<string> Keys = ["protectionNeeds", "assessment"];

    public const string GoalField = "goal";

    /// <summary>The <c>go</c> value that keeps protection needs a tender brought without an assessment.</summary>
    public const string KeepNeeds = "keep-needs";

    public static string Rating(DamageScenario scenario, string name) => $"rating-{scenario.ToKey()}-{name}";

    public static string Adjust(string name) => $"adjust-{name}";

    /// <summary>The goal the posted page showed; null when the form has none (then nothing is written).</summary>
    public static ProtectionGoal? PostedGoal(IFormCollection form) =>
        ProtectionGoals.TryParse(form[GoalField].ToString(), out var goal) ? goal : null;

    /// <summary>
    /// Takes the posted goal's answers. Unless <paramref name="commit"/> is set, a page left at its defaults (every
    /// scenario normal, no reason, no effect) is no answer while the tender has no assessment yet.
    /// </summary>
    public static void Apply(TenderDraft draft, IFormCollection form, bool commit)
    {
        if (PostedGoal(form) is not { } goal || !form.ContainsKey(Rating(DamageScenario.LawsAndContracts, "level")))
        {
            return;
        }

        if (!commit && !AssessmentDraft.HasAssessment(draft) && !Answered(form))
        {
            return;
        }

        var assessment = AssessmentDraft.Read(draft);
        foreach (var scenario in DamageScenarios.All)
        {
            // A level the core does not know leaves the answer open; the core then names the missing rating.
            var reason = form[Rating(scenario, "reason")].ToString();
            assessment = Levels.TryParse(form[Rating(scenario, "level")].ToString(), out var level)
                ? assessment.With(scenario, goal, level, reason)
                : Without(assessment, scenario, goal);
        }

        var effect = form[Adjust("effect")].ToString();
        assessment = AdjustmentEffects.TryParse(effect, out var known)
            ? assessment.WithAdjustment(goal, new NeedAdjustment(
                known,
                Levels.TryParse(form[Adjust("level")].ToString(), out var adjusted) ? adjusted : Level.Normal,
                form[Adjust("reason")].ToString()))
            : assessment.WithAdjustment(goal, null);
        AssessmentDraft.Write(draft, assessment);
    }

    private static bool Answered(IFormCollection form) =>
        form[Adjust("effect")].ToString().Length > 0
        || DamageScenarios.All.Any(s => form[Rating(s, "level")].ToString() != Level.Normal.ToKey() || form[Rating(s, "reason")].ToString().Trim().Length > 0);

    /// <summary>The core's objections to one goal's answers (missing reasons, an adjustment in the wrong direction).</summary>
    public static IReadOnlyList<Diagnostic> ProblemsOf(TenderDraft draft, ProtectionGoal goal, string file) =>
        [.. ProtectionNeedDetermination.Check(AssessmentDraft.Read(draft), file).Where(p => IsAbout(p, goal))];

    /// <summary>The protection needs an opened tender brings without an assessment, when all three goals have a level; else null.</summary>
    public static IReadOnlyList<(ProtectionGoal Goal, Level Level)>? BroughtNeeds(TenderDraft draft)
    {
        var needs = new List<(ProtectionGoal, Level)>();
        foreach (var goal in ProtectionGoals.All)
        {
            var need = draft.Root["protectionNeeds"] is System.Text.Json.Nodes.JsonObject all ? all[goal.ToKey()] : null;
            if (!Levels.TryParse(TenderDraft.TextOf(need, "level"), out var level))
            {
                return null;
            }

            needs.Add((goal, level));
        }

        return needs;
    }

    private static bool IsAbout(Diagnostic problem, ProtectionGoal goal)
    {
        var parts = (problem.Position.Key ?? string.Empty).Split(':');
        return parts switch
        {
            ["assessment", "ratings", _, var g, ..] => g == goal.ToKey(),
            ["assessment", "adjustments", var g, ..] => g == goal.ToKey(),
            _ => false,
        };
    }

    private static ProtectionNeedAssessment Without(ProtectionNeedAssessment assessment, DamageScenario scenario, ProtectionGoal goal)
    {
        var ratings = new Dictionary<ScenarioGoal, ScenarioRating>(assessment.Ratings);
        ratings.Remove(new ScenarioGoal(scenario, goal));
        return assessment with { Ratings = ratings };
    }
}
