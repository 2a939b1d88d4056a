using ProcurementKit.Tenders;
using ProcurementKit.Evaluation.Methods;
using System.Globalization;
using System.Text;
using ProcurementKit.Catalog;

namespace ProcurementKit.Evaluation;

/// <summary>The plain-text ranking `evaluate` prints: rank, bidder, admissible, L, P, Z, corridor, pending, and the status below.</summary>
public static class RankingTable
{
    public static string Render(EvaluationResult result, Language language)
    {
        var labels = EvaluationLabels.For(language);
        var text = new StringBuilder();
        foreach (var lot in result.Lots)
        {
            if (result.HasLots)
            {
                text.Append(labels.LotHeading(lot.Lot.Id, Printable(lot.Lot.Title))).Append('\n');
            }

            Table(text, lot, result.Selection.Tender.Evaluation.Method == AwardMethod.ExtendedReferenceValue, language);
            if (lot.HasTieForFirst)
            {
                text.Append(EvaluationText.TieNote(lot, result.HasLots, language)).Append('\n');
            }

            foreach (var offer in lot.Excluded)
            {
                text.Append(labels.Excluded).Append(Printable(offer.Bidder)).Append(" – ")
                    .AppendJoin("; ", offer.Exclusions.Select(e => e[language])).Append('\n');
            }

            text.Append('\n');
        }

        text.Append(AwardMethods.For(result.Selection.Tender.Evaluation).Name[language]).Append(". ")
            .Append(EvaluationText.Status(result, language)).Append('\n');
        if (result.Rejected.Count > 0)
        {
            text.Append(labels.NotEvaluated(result.Rejected.Count)).Append('\n');
        }

        return text.ToString();
    }

    private static void Table(StringBuilder text, LotEvaluation lot, bool extended, Language language)
    {
        var labels = EvaluationLabels.For(language);
        var rows = new List<string[]>
        {
            labels.RankingHeaders.ToArray(),
        };
        foreach (var offer in lot.Offers)
        {
            var place = offer.Place;
            rows.Add(
            [
                place is null ? "–" : place.Rank.ToString(CultureInfo.InvariantCulture) + (place.Tied ? "=" : string.Empty),
                Printable(offer.Bidder),
                offer.IsAdmissible ? labels.Yes : labels.No,
                EvaluationText.Number(offer.Performance, language),
                EvaluationText.Money(offer.Price, language),
                offer.IsAdmissible ? EvaluationText.Ratio(offer.Ratio, language) : "–",
                extended && place?.InCorridor is { } inside ? (inside ? labels.Yes : labels.No) : "–",
                offer.PendingCount.ToString(CultureInfo.InvariantCulture),
            ]);
        }

        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            text.AppendJoin("  ", row.Select((cell, i) => i is 3 or 4 or 5 ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i])).ToArray()).Append('\n');
        }
    }

    /// <summary>A bidder's name as a terminal may show it: no control characters, not endlessly long.</summary>
    private static string Printable(string text)
    {
        var clean = new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]);
        return clean.Length > 40 ? clean[..39] + "…" : clean;
    }
}
