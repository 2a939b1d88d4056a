using System.Globalization;
using ProcurementKit.Catalog;
using ProcurementKit.Tenders.Assessment;

namespace ProcurementKit.Rendering.Annex;

/// <summary>
/// The protection-need assessment in the annex: the ratings at a glance (scenario × goal, with the maximum, any
/// adjustment and the result), every rating with its reason, and the cumulation or distribution effects.
/// </summary>
internal sealed class AnnexAssessment(ProtectionNeedAssessment assessment, Language language, AnnexLabels labels)
{
    private readonly IReadOnlyList<GoalDetermination> _goals =
        [.. ProtectionGoals.All.Select(g => ProtectionNeedDetermination.DetermineGoal(assessment, g))];

    public IEnumerable<AnnexBlock> Blocks()
    {
        yield return new AnnexProse(labels.AssessmentIntro);
        yield return Overview();
        yield return Reasons();
        if (assessment.Adjustments.Count > 0)
        {
            yield return new AnnexProse(labels.AdjustmentsIntro);
            yield return Adjustments();
        }
    }

    private AnnexTable Overview()
    {
        var rows = new List<IReadOnlyList<AnnexCell>>();
        foreach (var scenario in DamageScenarios.All)
        {
            rows.Add([scenario.Display(language), .. ProtectionGoals.All.Select(g => (AnnexCell)Level(assessment.RatingOf(scenario, g)?.Level))]);
        }

        rows.Add([AnnexCell.Bold(labels.MaximumPrinciple), .. _goals.Select(g => AnnexCell.Bold(g.Maximum.Display(language)))]);
        foreach (var effect in new[] { AdjustmentEffect.Cumulation, AdjustmentEffect.Distribution }.Where(e => _goals.Any(g => g.Adjustment?.Effect == e)))
        {
            rows.Add([Capitalised(effect.Display(language)), .. _goals.Select(g => (AnnexCell)(g.Adjustment?.Effect == effect ? g.Level.Display(language) : labels.None))]);
        }

        rows.Add([AnnexCell.Bold(labels.Level), .. _goals.Select(g => AnnexCell.Bold(g.Level.Display(language)))]);
        return new AnnexTable([new(labels.Scenario, 9), .. ProtectionGoals.All.Select(g => new AnnexColumn(Capitalised(g.Display(language)), 3))], rows);
    }

    private AnnexTable Reasons() => new(
        [new(labels.Scenario, 5), new(labels.Goal, 5), new(labels.Rating, 3), new(labels.Reason, 11)],
        [.. ScenarioGoal.All.Select(cell => (IReadOnlyList<AnnexCell>)
        [
            cell.Scenario.Display(language), Capitalised(cell.Goal.Display(language)),
            Level(assessment.RatingOf(cell.Scenario, cell.Goal)?.Level),
            assessment.RatingOf(cell.Scenario, cell.Goal)?.Reason is { Length: > 0 } reason ? reason : labels.None,
        ])]);

    private AnnexTable Adjustments() => new(
        [new(labels.Goal, 3), new(labels.Effect, 4), new(labels.Change, 4), new(labels.Reason, 12)],
        [.. _goals.Where(g => g.Adjustment is not null).Select(g => (IReadOnlyList<AnnexCell>)
        [
            AnnexCell.Bold(Capitalised(g.Goal.Display(language))), Capitalised(g.Adjustment!.Effect.Display(language)),
            $"{g.Maximum.Display(language)} → {g.Level.Display(language)}", g.Adjustment.Reason,
        ])]);

    private string Level(Level? level) => level?.Display(language) ?? labels.None;

    private string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], language.Culture()) + text[1..];
}
