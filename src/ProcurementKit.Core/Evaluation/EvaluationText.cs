using System.Globalization;
using ProcurementKit.Catalog;

namespace ProcurementKit.Evaluation;

/// <summary>Words for evaluation results shared by workbook, report and console: point sources, points, status.</summary>
public static class EvaluationText
{
    public static string Source(PointSource source, Language language) => (source, language) switch
    {
        (PointSource.Answer, Language.German) => "Angabe des Bieters",
        (PointSource.Formula, Language.German) => "Formel (Wert des Bieters)",
        (PointSource.Evaluator, Language.German) => "Vergabestelle (begründet)",
        (PointSource.Pending, Language.German) => "zu bewerten",
        (PointSource.Answer, _) => "bidder's answer",
        (PointSource.Formula, _) => "formula (bidder's value)",
        (PointSource.Evaluator, _) => "authority (with reason)",
        _ => "to assess",
    };

    /// <summary>"7,5" / "7.5"; at most two decimals, as the matrix shows them.</summary>
    public static string Number(decimal value, Language language) => value.ToString("0.##", language.Culture());

    public static string Money(decimal value, Language language) => value.ToString("#,##0.00", language.Culture());

    /// <summary>Z shown as performance points per 1,000 EUR (L / P has many leading zeros); the exact value stays in evaluation.json.</summary>
    public static string Ratio(decimal value, Language language) => (value * 1000).ToString("0.000", language.Culture());

    public static string Status(EvaluationResult result, Language language)
    {
        var pending = result.PendingCount.ToString(CultureInfo.InvariantCulture);
        return (result.IsProvisional, language) switch
        {
            (true, Language.German) => $"VORLÄUFIG: {pending} Bewertung(en) offen. Offene Punkte zählen bis zur Bewertung mit 0; die Rangfolge kann sich noch ändern.",
            (true, _) => $"PROVISIONAL: {pending} assessment(s) pending. Pending points count as 0 until assessed; the ranking may still change.",
            (false, Language.German) => "Alle Punkte sind vergeben; die Rangfolge ist vollständig berechnet.",
            _ => "All points are given; the ranking is fully computed.",
        };
    }

    public static string TieNote(LotEvaluation lot, bool named, Language language)
    {
        var names = string.Join(", ", lot.Ranking.Winners.Select(w => w.Figures.Bidder));
        var where = named ? (language == Language.German ? $"Los {lot.Lot.Id}: " : $"Lot {lot.Lot.Id}: ") : string.Empty;
        return language == Language.German
            ? $"{where}Gleichstand auf Rang 1: {names}. Die Wertungsmethode entscheidet nicht zwischen ihnen; die Vergabestelle muss nach dem bekannt gemachten Verfahren entscheiden und dies dokumentieren."
            : $"{where}Tie for rank 1: {names}. The award method does not decide between them; the contracting authority must decide by the announced procedure and document it.";
    }
}
