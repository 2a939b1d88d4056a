using ProcurementKit.Catalog;

namespace ProcurementKit.Web.Evaluation;

/// <summary>The words of the evaluation page, per language.</summary>
public sealed record EvaluationPageText
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string TenderLabel { get; init; }
    public required string TenderHint { get; init; }
    public required string ResponsesLabel { get; init; }
    public required Func<string, int, string> ResponsesHint { get; init; }
    public required string ScoresLabel { get; init; }
    public required string ScoresHint { get; init; }
    public required Func<string, string> TotalHint { get; init; }
    public required string Evaluate { get; init; }
    public required string DocumentsOnly { get; init; }
    public required string Problems { get; init; }
    public required string Notes { get; init; }
    public required string RejectedFiles { get; init; }
    public required string Result { get; init; }
    public required string Downloads { get; init; }
    public required string DownloadsHint { get; init; }
    public required string Ranking { get; init; }
    public required string Corridor { get; init; }
    public required Func<string, string, string> CorridorText { get; init; }
    public required string Excluded { get; init; }
    public required string Reason { get; init; }
    public required string Criteria { get; init; }
    public required string Number { get; init; }
    public required string Kind { get; init; }
    public required string Weight { get; init; }
    public required string Met { get; init; }
    public required string NotMet { get; init; }
    public required string Pending { get; init; }
    public required string PendingList { get; init; }
    public required string NoPending { get; init; }
    public required string NoAdmissible { get; init; }
    public required string Again { get; init; }
    public required string Lot { get; init; }
    public required IReadOnlyList<string> RankingHeaders { get; init; }

    public static readonly EvaluationPageText De = new()
    {
        Title = "Angebote auswerten",
        Intro = "Laden Sie die Ausschreibung (tender.json) und die zurückgegebenen Antwortformulare hoch. Jedes Formular wird wie beim Befehl „evaluate“ geprüft und nach der bekannt gemachten Methode (UfAB) gewertet. Die Dateien bleiben nur für diese eine Anfrage auf dem Server.",
        TenderLabel = "Ausschreibung (tender.json)",
        TenderHint = "Die Datei, aus der die Unterlagen erstellt wurden.",
        ResponsesLabel = "Zurückgegebene Antwortformulare (.xlsx)",
        ResponsesHint = (perFile, count) => $"Mehrere Dateien auf einmal auswählen oder auf das Feld ziehen; je Datei höchstens {perFile}, höchstens {count} Dateien.",
        ScoresLabel = "Bewertung der Vergabestelle (optional)",
        ScoresHint = "Eine zuvor heruntergeladene evaluation.xlsx, in die Punkte und Begründungen eingetragen wurden.",
        TotalHint = total => $"Alle Dateien zusammen höchstens {total}.",
        Evaluate = "Auswerten",
        DocumentsOnly = "Nur die Dokumente herunterladen (dieselben Dateien werden erneut ausgewertet):",
        Problems = "Die Auswertung konnte nicht erstellt werden",
        Notes = "Hinweise",
        RejectedFiles = "Nicht ausgewertete Dateien",
        Result = "Ergebnis",
        Downloads = "Dokumente",
        DownloadsHint = "Die Dokumente sind Teil dieser Seite; auf dem Server wird nichts gespeichert.",
        Ranking = "Rangfolge",
        Corridor = "Schwankungsbereich",
        CorridorText = (best, floor) => $"Bester Z-Wert {best} je 1.000 EUR; im Schwankungsbereich liegt jedes Angebot mit Z ≥ {floor}.",
        Excluded = "Ausgeschlossene Angebote",
        Reason = "Grund",
        Criteria = "Punkte je Kriterium",
        Number = "Nr.",
        Kind = "Art",
        Weight = "Gewicht",
        Met = "erfüllt",
        NotMet = "nicht erfüllt",
        Pending = "zu bewerten",
        PendingList = "Offene qualitative Bewertungen",
        NoPending = "Keine Bewertungen offen.",
        NoAdmissible = "Kein zulässiges Angebot für dieses Los.",
        Again = "Neue Auswertung",
        Lot = "Los",
        RankingHeaders = ["Rang", "Bieter", "L (Leistungspunkte)", "P (EUR netto)", "Z je 1.000 EUR", "Im Bereich", "Offen", "Datei"],
    };

    public static readonly EvaluationPageText En = new()
    {
        Title = "Evaluate offers",
        Intro = "Upload the tender (tender.json) and the returned response forms. Every form is checked as the `evaluate` command checks it and scored by the announced method (UfAB). The files stay on the server for this one request only.",
        TenderLabel = "Tender (tender.json)",
        TenderHint = "The file the tender documents were composed from.",
        ResponsesLabel = "Returned response forms (.xlsx)",
        ResponsesHint = (perFile, count) => $"Choose several files at once or drop them onto the field; at most {perFile} each, at most {count} files.",
        ScoresLabel = "The authority's scores (optional)",
        ScoresHint = "An evaluation.xlsx downloaded before, with points and reasons entered.",
        TotalHint = total => $"All files together at most {total}.",
        Evaluate = "Evaluate",
        DocumentsOnly = "Download the documents only (the same files are evaluated again):",
        Problems = "The evaluation could not be made",
        Notes = "Notes",
        RejectedFiles = "Files not evaluated",
        Result = "Result",
        Downloads = "Documents",
        DownloadsHint = "The documents are part of this page; nothing is stored on the server.",
        Ranking = "Ranking",
        Corridor = "Fluctuation range",
        CorridorText = (best, floor) => $"Best Z {best} per 1,000 EUR; every offer with Z ≥ {floor} lies in the range.",
        Excluded = "Excluded offers",
        Reason = "Reason",
        Criteria = "Points per criterion",
        Number = "No.",
        Kind = "Kind",
        Weight = "Weight",
        Met = "met",
        NotMet = "not met",
        Pending = "to assess",
        PendingList = "Qualitative assessments pending",
        NoPending = "No assessments pending.",
        NoAdmissible = "No admissible offer for this lot.",
        Again = "New evaluation",
        Lot = "Lot",
        RankingHeaders = ["Rank", "Bidder", "L (performance points)", "P (EUR net)", "Z per 1,000 EUR", "In range", "Pending", "File"],
    };

    public static EvaluationPageText For(Language language) => language == Language.English ? En : De;
}
