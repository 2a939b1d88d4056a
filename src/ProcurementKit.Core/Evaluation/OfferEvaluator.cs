using ProcurementKit.Evaluation.Forms;
using ProcurementKit.Evaluation.Methods;
using ProcurementKit.Selection;

namespace ProcurementKit.Evaluation;

/// <summary>
/// Scores every offer by the announced method, lot by lot: an offer for a lot is judged on the requirements of that
/// lot only (its A criteria decide admissibility, its B criteria the points) and on the price the bidder gave for it.
/// </summary>
public static class OfferEvaluator
{
    public static EvaluationResult Evaluate(
        TenderSelection selection, IReadOnlyList<BidderResponse> responses, EvaluatorScores scores, IReadOnlyList<RejectedForm> rejected,
        CancellationToken cancellationToken = default)
    {
        var settings = selection.Tender.Evaluation;
        var method = AwardMethods.For(settings);
        var lots = new List<LotEvaluation>();
        foreach (var lot in selection.Tender.Lots)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var requirements = selection.ForLot(lot.Id).ToList();
            var scored = responses
                .Where(r => r.BidsFor(lot.Id))
                .Select(response => new OfferResult(
                    response,
                    lot.Id,
                    response.Lots.First(l => l.LotId == lot.Id).Price,
                    [.. requirements.Select(r => CriterionScorer.Score(
                        r, response.AnswerTo(r.Id), scores.For(lot.Id, response.Bidder, r.Id), settings.MaxPoints))],
                    null))
                .ToList();
            var ranking = method.Rank([.. scored.Where(o => o.IsAdmissible).Select(o => o.Figures)]);
            var offers = scored
                .Select(o => o with { Place = ranking.Find(o.Bidder) })
                .OrderBy(o => o.Place?.Rank ?? int.MaxValue)
                .ThenBy(o => o.Bidder, StringComparer.Ordinal)
                .ToList();
            lots.Add(new LotEvaluation(lot, offers, ranking));
        }

        return new EvaluationResult(selection, lots, [.. rejected.OrderBy(r => r.File, StringComparer.Ordinal)]);
    }
}
