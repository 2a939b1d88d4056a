using ProcurementKit.Catalog;

namespace ProcurementKit.Evaluation;

/// <summary>
/// The words for evaluation results in one language, shared by workbook, report and console
/// (<see cref="EvaluationText"/>, <see cref="MethodText"/>, <see cref="RankingTable"/>).
/// </summary>
internal sealed class EvaluationLabels
{
    public static readonly EvaluationLabels German = new()
    {
        SourceAnswer = "Angabe des Bieters",
        SourceFormula = "Formel (Wert des Bieters)",
        SourceEvaluator = "Vergabestelle (begründet)",
        SourcePending = "zu bewerten",
        Provisional = pending => $"VORLÄUFIG: {pending} Bewertung(en) offen. Offene Punkte zählen bis zur Bewertung mit 0; die Rangfolge kann sich noch ändern.",
        Final = "Alle Punkte sind vergeben; die Rangfolge ist vollständig berechnet.",
        LotPrefix = lot => $"Los {lot}: ",
        Tie = names => $"Gleichstand auf Rang 1: {names}. Die Wertungsmethode entscheidet nicht zwischen ihnen; die Vergabestelle muss nach dem bekannt gemachten Verfahren entscheiden und dies dokumentieren.",
        Points = (max, steps) => $"A = Ausschlusskriterium: Jede Antwort außer „erfüllt“ führt zum Ausschluss; „erfüllt“ ist eine Eigenerklärung, deren Nachweis die Vergabestelle prüft. B = Wertungskriterium: 0 bis {max} Punkte mal Gewicht. Quantitative Kriterien: geforderter Wert = 0 Punkte, Wert für volle Punktzahl = {max}, dazwischen linear. Qualitative Kriterien: Die Antwort des Bieters ist eine Angabe, keine Bewertung; die Vergabestelle vergibt die Punkte auf der bekannt gemachten Skala ({steps}) und begründet sie. „Nicht erfüllt“ oder keine Antwort = 0 Punkte.",
        LotHeading = (lot, title) => $"Los {lot}: {title}",
        Excluded = "Ausgeschlossen: ",
        NotEvaluated = count => $"Nicht ausgewertet: {count} Datei(en), siehe Fehlermeldungen.",
        RankingHeaders = ["Rang", "Bieter", "Zulässig", "L", "P (EUR)", "Z je 1.000 EUR", "Im Bereich", "Offen"],
        Yes = "ja",
        No = "nein",
    };

    public static readonly EvaluationLabels English = new()
    {
        SourceAnswer = "bidder's answer",
        SourceFormula = "formula (bidder's value)",
        SourceEvaluator = "authority (with reason)",
        SourcePending = "to assess",
        Provisional = pending => $"PROVISIONAL: {pending} assessment(s) pending. Pending points count as 0 until assessed; the ranking may still change.",
        Final = "All points are given; the ranking is fully computed.",
        LotPrefix = lot => $"Lot {lot}: ",
        Tie = names => $"Tie for rank 1: {names}. The award method does not decide between them; the contracting authority must decide by the announced procedure and document it.",
        Points = (max, steps) => $"A = knock-out criterion: any answer other than “met” excludes the offer; “met” is a self-declaration whose evidence the contracting authority checks. B = scored criterion: 0 to {max} points times weight. Quantitative criteria: required value = 0 points, full-points value = {max}, linear in between. Qualitative criteria: the bidder's answer is a statement, not a score; the contracting authority gives the points on the announced scale ({steps}) with a reason. “Not met” or no answer = 0 points.",
        LotHeading = (lot, title) => $"Lot {lot}: {title}",
        Excluded = "Excluded: ",
        NotEvaluated = count => $"Not evaluated: {count} file(s), see the error messages.",
        RankingHeaders = ["Rank", "Bidder", "Admissible", "L", "P (EUR)", "Z per 1,000 EUR", "In range", "Pending"],
        Yes = "yes",
        No = "no",
    };

    // Where the points of a criterion come from (PointSource).
    public required string SourceAnswer { get; init; }
    public required string SourceFormula { get; init; }
    public required string SourceEvaluator { get; init; }
    public required string SourcePending { get; init; }

    /// <summary>The status line while assessments are pending (their count, already formatted).</summary>
    public required Func<string, string> Provisional { get; init; }
    public required string Final { get; init; }

    /// <summary>"Los 1: " in front of a lot's note.</summary>
    public required Func<string, string> LotPrefix { get; init; }
    public required Func<string, string> Tie { get; init; }

    /// <summary>How A and B criteria earn points: maximum points and the scale steps, both formatted.</summary>
    public required Func<string, string, string> Points { get; init; }

    // The console ranking table.
    public required Func<string, string, string> LotHeading { get; init; }
    public required string Excluded { get; init; }
    public required Func<int, string> NotEvaluated { get; init; }
    public required IReadOnlyList<string> RankingHeaders { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }

    public static EvaluationLabels For(Language language) => language == Language.German ? German : English;
}
