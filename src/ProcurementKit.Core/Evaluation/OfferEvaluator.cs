using ProcurementKit.Evaluation.Forms;
using ProcurementKit.Evaluation.Methods;
using ProcurementKit.Selection;

namespace ProcurementKit.Evaluation;

/// <summary>Scores every read response against the selection and ranks the admissible ones by the announced method.</summary>
public static class OfferEvaluator
{
    public static EvaluationResult Evaluate(
        TenderSelection selection, IReadOnlyList<BidderResponse> responses, EvaluatorScores scores, IReadOnlyList<RejectedForm> rejected)
    {
        var settings = selection.Tender.Evaluation;
        var scored = responses
            .Select(response => new OfferResult(
                response,
                [.. selection.Requirements.Select(r => CriterionScorer.Score(
                    r, response.AnswerTo(r.Id), scores.PointsFor(response.Bidder, r.Id), settings.MaxPoints))],
                null))
            .ToList();

        var ranking = AwardMethods.For(settings).Rank([.. scored.Where(o => o.IsAdmissible).Select(o => o.Figures)]);
        var offers = scored
            .Select(o => o with { Place = ranking.Find(o.Bidder) })
            .OrderBy(o => o.Place?.Rank ?? int.MaxValue)
            .ThenBy(o => o.Bidder, StringComparer.Ordinal)
            .ToList();
        return new EvaluationResult(selection, offers, ranking, [.. rejected.OrderBy(r => r.File, StringComparer.Ordinal)]);
    }
}
