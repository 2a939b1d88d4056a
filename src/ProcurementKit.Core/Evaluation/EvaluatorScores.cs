namespace ProcurementKit.Evaluation;

/// <summary>What the evaluator entered for one bidder and requirement: points (B) and the reason (or, for A, the evidence check).</summary>
public sealed record EvaluatorEntry(decimal? Points, string Reason);

/// <summary>
/// Points and reasons an evaluator gave by hand (read from a previous evaluation.xlsx): per lot, per bidder,
/// per requirement id. They decide qualitative B criteria and may overrule the formula of any B criterion.
/// </summary>
public sealed record EvaluatorScores(IReadOnlyDictionary<(string Lot, string Bidder), IReadOnlyDictionary<string, EvaluatorEntry>> Entries)
{
    public static readonly EvaluatorScores None = new(new Dictionary<(string, string), IReadOnlyDictionary<string, EvaluatorEntry>>());

    public EvaluatorEntry? For(string lot, string bidder, string requirementId) =>
        Entries.TryGetValue((lot, bidder), out var entries) && entries.TryGetValue(requirementId, out var entry) ? entry : null;

    /// <summary>The bidders with any points or reasons, for noticing names no evaluated form carries.</summary>
    public IEnumerable<string> Bidders => Entries.Where(e => e.Value.Count > 0).Select(e => e.Key.Bidder).Distinct(StringComparer.Ordinal);
}
