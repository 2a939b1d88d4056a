namespace ProcurementKit.Evaluation.Methods;

/// <summary>
/// Gives ranks "1, 1, 3": an offer's rank is one more than the number of offers strictly better, so
/// offers the comparison cannot separate share a rank instead of being ordered by chance.
/// </summary>
internal static class CompetitionRanking
{
    /// <param name="better">Negative when the first offer is better than the second, 0 when they are equal.</param>
    public static IReadOnlyList<RankedOffer> Assign(
        IReadOnlyList<OfferFigures> offers, Comparison<OfferFigures> better, Func<OfferFigures, bool?>? inCorridor = null)
    {
        var ranked = offers.Select(offer => new RankedOffer(
            offer,
            1 + offers.Count(other => better(other, offer) < 0),
            offers.Count(other => better(other, offer) == 0) > 1,
            inCorridor?.Invoke(offer)));

        // Within a rank the bidder name orders the list, so the output does not depend on file order.
        return [.. ranked.OrderBy(r => r.Rank).ThenBy(r => r.Figures.Bidder, StringComparer.Ordinal)];
    }
}
