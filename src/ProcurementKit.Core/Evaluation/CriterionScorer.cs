using ProcurementKit.Selection;

namespace ProcurementKit.Evaluation;

/// <summary>
/// Applies the announced scoring model (UfAB) to one answer. A criteria: only "erfüllt" (the bidder's
/// self-declaration) keeps the offer in the competition. B criteria: "nicht erfüllt" or no answer = 0; a
/// quantitative criterion is scored from the stated value by its formula; a qualitative criterion answered
/// "erfüllt" or "teilweise erfüllt" is a claim the evaluator checks and scores on the published scale, so it
/// stays pending until the evaluator's points (with a reason) are given. The evaluator's points, where
/// given, decide every B criterion.
/// </summary>
public static class CriterionScorer
{
    public static CriterionScore Score(SelectedRequirement requirement, RequirementAnswer answer, EvaluatorEntry? evaluator, int maxPoints)
    {
        var reason = evaluator?.Reason ?? string.Empty;
        if (requirement.Obligation.IsKnockOut)
        {
            var exclusion = answer.Answer == Answer.Met ? null : ExclusionText.NotMet(requirement, answer.Answer);
            return new CriterionScore(requirement, answer, null, PointSource.Answer, exclusion, reason);
        }

        if (evaluator?.Points is { } given)
        {
            return new CriterionScore(requirement, answer, given, PointSource.Evaluator, null, reason);
        }

        var (points, source) = Automatic(requirement, answer, maxPoints);
        return new CriterionScore(requirement, answer, points, source, null);
    }

    /// <summary>The points that follow from the answer alone, or null (pending) when only an evaluator can decide.</summary>
    public static (decimal? Points, PointSource Source) Automatic(SelectedRequirement requirement, RequirementAnswer answer, int maxPoints)
    {
        if (answer.Answer is null or Answer.NotMet)
        {
            return (0, PointSource.Answer);
        }

        // A quantitative criterion answered without a value leaves the offered value open.
        return QuantitativeScore.For(requirement) is { } function && answer.Value is { } value
            ? (function.Points(value, maxPoints), PointSource.Formula)
            : (null, PointSource.Pending);
    }
}
