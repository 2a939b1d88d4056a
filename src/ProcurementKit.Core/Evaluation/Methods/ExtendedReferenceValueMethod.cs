namespace ProcurementKit.Evaluation.Methods;

/// <summary>
/// Extended reference-value method (erweiterte Richtwertmethode): every offer whose Z lies at most
/// <c>fluctuationPercent</c> below the best Z forms the corridor; inside it the announced tie-breaker
/// decides (performance: highest L, price: lowest P). Offers outside the corridor follow by Z.
/// </summary>
public sealed class ExtendedReferenceValueMethod(decimal fluctuationPercent, string tieBreaker) : IAwardMethod
{
    public Ranking Rank(IReadOnlyList<OfferFigures> admissible)
    {
        if (admissible.Count == 0)
        {
            return new Ranking([], null, null);
        }

        var best = admissible.Aggregate((a, b) => b.CompareRatio(a) > 0 ? b : a);

        // Z ≥ Zbest · (100 − f) / 100, cross-multiplied so an offer exactly on the edge is inside.
        bool InCorridor(OfferFigures o) =>
            100 * o.Performance * best.Price >= (100 - fluctuationPercent) * best.Performance * o.Price;

        int Compare(OfferFigures a, OfferFigures b)
        {
            var (inA, inB) = (InCorridor(a), InCorridor(b));
            if (inA != inB)
            {
                return inA ? -1 : 1;
            }

            if (!inA)
            {
                return b.CompareRatio(a);
            }

            return tieBreaker == "price" ? a.Price.CompareTo(b.Price) : b.Performance.CompareTo(a.Performance);
        }

        var offers = CompetitionRanking.Assign(admissible, Compare, o => InCorridor(o));
        return new Ranking(offers, best.Ratio, best.Ratio * (100 - fluctuationPercent) / 100);
    }
}
