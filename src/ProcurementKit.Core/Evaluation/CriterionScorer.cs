using ProcurementKit.Selection;

namespace ProcurementKit.Evaluation;

/// <summary>
/// Applies the announced scoring model (UfAB) to one answer. A criteria: only "erfüllt" keeps the offer in
/// the competition. B criteria: "erfüllt" = full points, "nicht erfüllt" or no answer = 0, "teilweise
/// erfüllt" = the evaluator's points (pending until given); a quantitative criterion is scored from the
/// stated value. The evaluator's points, where given, decide every B criterion.
/// </summary>
public static class CriterionScorer
{
    public static CriterionScore Score(SelectedRequirement requirement, RequirementAnswer answer, decimal? evaluatorPoints, int maxPoints)
    {
        if (requirement.Obligation.IsKnockOut)
        {
            var exclusion = answer.Answer == Answer.Met ? null : ExclusionText.NotMet(requirement, answer.Answer);
            return new CriterionScore(requirement, answer, null, PointSource.Auto, exclusion);
        }

        if (evaluatorPoints is { } given)
        {
            return new CriterionScore(requirement, answer, given, PointSource.Evaluator, null);
        }

        var points = Automatic(requirement, answer, maxPoints);
        return new CriterionScore(requirement, answer, points, points is null ? PointSource.Pending : PointSource.Auto, null);
    }

    /// <summary>The points that follow from the answer alone, or null when only an evaluator can decide.</summary>
    public static decimal? Automatic(SelectedRequirement requirement, RequirementAnswer answer, int maxPoints)
    {
        if (QuantitativeScore.For(requirement) is { } function && answer.Value is { } value)
        {
            return function.Points(value, maxPoints);
        }

        return answer.Answer switch
        {
            null or Answer.NotMet => 0,

            // A quantitative criterion answered "erfüllt" without a value leaves the offered value open.
            Answer.Met when QuantitativeScore.For(requirement) is null => maxPoints,
            _ => null,
        };
    }
}
