using System.Globalization;
using ProcurementKit.Catalog;

namespace ProcurementKit.Evaluation;

/// <summary>Words for evaluation results shared by workbook, report and console: point sources, points, status.</summary>
public static class EvaluationText
{
    public static string Source(PointSource source, Language language) => (source, language) switch
    {
        (PointSource.Auto, Language.German) => "automatisch",
        (PointSource.Evaluator, Language.German) => "Bewertung",
        (PointSource.Pending, Language.German) => "offen",
        (PointSource.Auto, _) => "automatic",
        (PointSource.Evaluator, _) => "evaluator",
        _ => "pending",
    };

    /// <summary>"7,5" / "7.5"; at most two decimals, as the matrix shows them.</summary>
    public static string Number(decimal value, Language language) => value.ToString("0.##", language.Culture());

    public static string Money(decimal value, Language language) => value.ToString("#,##0.00", language.Culture());

    /// <summary>Z has few significant digits before many zeros; eight decimals show it as the matrix does.</summary>
    public static string Ratio(decimal value, Language language) => value.ToString("0.00000000", language.Culture());

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

    public static string TieNote(EvaluationResult result, Language language)
    {
        var names = string.Join(", ", result.Ranking.Winners.Select(w => w.Figures.Bidder));
        return language == Language.German
            ? $"Gleichstand auf Rang 1: {names}. Die Wertungsmethode entscheidet nicht zwischen ihnen; die Vergabestelle muss nach dem bekannt gemachten Verfahren entscheiden und dies dokumentieren."
            : $"Tie for rank 1: {names}. The award method does not decide between them; the contracting authority must decide by the announced procedure and document it.";
    }
}
