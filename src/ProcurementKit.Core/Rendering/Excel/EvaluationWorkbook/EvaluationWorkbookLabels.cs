using ProcurementKit.Catalog;

namespace ProcurementKit.Rendering.Excel.EvaluationWorkbook;

/// <summary>The words of the answers and notes sheets of evaluation.xlsx in one language.</summary>
internal sealed class EvaluationWorkbookLabels
{
    public static readonly EvaluationWorkbookLabels German = new()
    {
        Lot = "Los",
        AnswersSheet = "Antworten",
        AnswersTitle = "Antworten der Bieter",
        AnswersHeaders = ["Bieter", "Nr.", "ID", "Art", "Antwort", "Wert", "Punkte", "Quelle", "Begründung der Vergabestelle", "Erläuterung des Bieters", "Nachweis"],
        NoAnswer = "(keine Antwort)",
        NotesSheet = "Hinweise",
        NotesTitle = "Hinweise zur Auswertung",
        ExcludedOffers = "Ausgeschlossene Angebote",
        ExcludedHeaders = ["Bieter", "Datei", "Los", "Grund"],
        FilesNotEvaluated = "Nicht ausgewertete Dateien",
        FilesHeaders = ["Datei", "Zelle", "Code", "Problem"],
        PendingAssessments = "Offene Bewertungen",
        PendingHeaders = ["Bieter", "Anforderung", "Antwort", "Erläuterung des Bieters"],
    };

    public static readonly EvaluationWorkbookLabels English = new()
    {
        Lot = "Lot",
        AnswersSheet = "Answers",
        AnswersTitle = "Bidders' answers",
        AnswersHeaders = ["Bidder", "No.", "ID", "Type", "Answer", "Value", "Points", "Source", "Authority's reason", "Bidder's explanation", "Evidence"],
        NoAnswer = "(no answer)",
        NotesSheet = "Notes",
        NotesTitle = "Notes on the evaluation",
        ExcludedOffers = "Excluded offers",
        ExcludedHeaders = ["Bidder", "File", "Lot", "Reason"],
        FilesNotEvaluated = "Files not evaluated",
        FilesHeaders = ["File", "Cell", "Code", "Problem"],
        PendingAssessments = "Pending assessments",
        PendingHeaders = ["Bidder", "Requirement", "Answer", "Bidder's explanation"],
    };

    /// <summary>"Los 1" after a bidder or in an exclusion line.</summary>
    public required string Lot { get; init; }
    public required string AnswersSheet { get; init; }
    public required string AnswersTitle { get; init; }
    public required IReadOnlyList<string> AnswersHeaders { get; init; }
    public required string NoAnswer { get; init; }
    public required string NotesSheet { get; init; }
    public required string NotesTitle { get; init; }
    public required string ExcludedOffers { get; init; }
    public required IReadOnlyList<string> ExcludedHeaders { get; init; }
    public required string FilesNotEvaluated { get; init; }
    public required IReadOnlyList<string> FilesHeaders { get; init; }
    public required string PendingAssessments { get; init; }
    public required IReadOnlyList<string> PendingHeaders { get; init; }

    public static EvaluationWorkbookLabels For(Language language) => language == Language.German ? German : English;
}
