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
        var de = language == Language.German;
        var extended = result.Selection.Tender.Evaluation.Method == AwardMethod.ExtendedReferenceValue;
        var rows = new List<string[]>
        {
            de ? ["Rang", "Bieter", "Zulässig", "L", "P (EUR)", "Z", "Korridor", "Offen"] : ["Rank", "Bidder", "Admissible", "L", "P (EUR)", "Z", "Corridor", "Pending"],
        };
        foreach (var offer in result.Offers)
        {
            var place = offer.Place;
            rows.Add(
            [
                place is null ? "–" : place.Rank.ToString(CultureInfo.InvariantCulture) + (place.Tied ? "=" : string.Empty),
                Printable(offer.Bidder),
                offer.IsAdmissible ? (de ? "ja" : "yes") : (de ? "nein" : "no"),
                EvaluationText.Number(offer.Performance, language),
                EvaluationText.Money(offer.Price, language),
                offer.IsAdmissible ? EvaluationText.Ratio(offer.Ratio, language) : "–",
                extended && place?.InCorridor is { } inside ? (inside ? (de ? "ja" : "yes") : (de ? "nein" : "no")) : "–",
                offer.PendingCount.ToString(CultureInfo.InvariantCulture),
            ]);
        }

        var text = new StringBuilder();
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            text.AppendJoin("  ", row.Select((cell, i) => i is 3 or 4 or 5 ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i])).ToArray()).Append('\n');
        }

        text.Append('\n').Append(AwardMethods.For(result.Selection.Tender.Evaluation).Name[language]).Append(". ")
            .Append(EvaluationText.Status(result, language)).Append('\n');
        if (result.HasTieForFirst)
        {
            text.Append(EvaluationText.TieNote(result, language)).Append('\n');
        }

        foreach (var offer in result.Excluded)
        {
            text.Append(de ? "Ausgeschlossen: " : "Excluded: ").Append(Printable(offer.Bidder)).Append(" – ")
                .AppendJoin("; ", offer.Exclusions.Select(e => e[language])).Append('\n');
        }

        if (result.Rejected.Count > 0)
        {
            text.Append(de ? $"Nicht ausgewertet: {result.Rejected.Count} Datei(en), siehe Fehlermeldungen." : $"Not evaluated: {result.Rejected.Count} file(s), see the error messages.").Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A bidder's name as a terminal may show it: no control characters, not endlessly long.</summary>
    private static string Printable(string text)
    {
        var clean = new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]);
        return clean.Length > 40 ? clean[..39] + "…" : clean;
    }
}
