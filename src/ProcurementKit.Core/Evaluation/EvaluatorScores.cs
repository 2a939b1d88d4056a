namespace ProcurementKit.Evaluation;

/// <summary>
/// Points an evaluator gave by hand (read from a previous evaluation.xlsx): per bidder, per requirement id.
/// They decide "teilweise erfüllt" answers and may overrule the automatic points of any B criterion.
/// </summary>
public sealed record EvaluatorScores(IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> ByBidder)
{
    public static readonly EvaluatorScores None = new(new Dictionary<string, IReadOnlyDictionary<string, decimal>>());

    public decimal? PointsFor(string bidder, string requirementId) =>
        ByBidder.TryGetValue(bidder, out var points) && points.TryGetValue(requirementId, out var value) ? value : null;
}
