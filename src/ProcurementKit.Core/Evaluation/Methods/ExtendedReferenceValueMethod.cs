using System.Globalization;
using ProcurementKit.Catalog;
using ProcurementKit.Tenders;

namespace ProcurementKit.Evaluation.Methods;

/// <summary>
/// Extended reference-value method (erweiterte Richtwertmethode): every offer whose Z lies at most
/// <c>fluctuationPercent</c> below the best Z forms the corridor; inside it the announced tie-breaker
/// decides (performance: highest L, price: lowest P). Offers outside the corridor follow by Z.
/// </summary>
public sealed class ExtendedReferenceValueMethod(decimal fluctuationPercent, TieBreaker tieBreaker) : IAwardMethod
{
    public AwardMethod Kind => AwardMethod.ExtendedReferenceValue;

    public LocalizedText Name { get; } = new("Erweiterte Richtwertmethode (UfAB)", "Extended reference-value method (UfAB)");

    public LocalizedText Rule => new(
        $"Kennzahl Z = L / P. Alle Angebote, deren Z höchstens {Percent("de-DE")} % unter dem besten Z liegt, bilden den Schwankungsbereich; " +
        $"darin entscheidet {(tieBreaker == TieBreaker.Price ? "der niedrigste Preis" : "die höchste Leistungspunktzahl")}.",
        $"Key figure Z = L / P. All offers whose Z lies at most {Percent("en-US")} % below the best Z form the fluctuation range; " +
        $"inside it {(tieBreaker == TieBreaker.Price ? "the lowest price" : "the highest performance score")} decides.");

    public bool UsesPerformance => true;

    private string Percent(string culture) => fluctuationPercent.ToString("0.##", CultureInfo.GetCultureInfo(culture));

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

            return tieBreaker == TieBreaker.Price ? a.Price.CompareTo(b.Price) : b.Performance.CompareTo(a.Performance);
        }

        var offers = CompetitionRanking.Assign(admissible, Compare, o => InCorridor(o));
        return new Ranking(offers, best.Ratio, best.Ratio * (100 - fluctuationPercent) / 100);
    }
}
