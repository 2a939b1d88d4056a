using ProcurementKit.Catalog;

namespace ProcurementKit.Web.Workbench;

/// <summary>The words of the workbench pages, per language.</summary>
public sealed record WorkbenchText
{
    public required string StartTitle { get; init; }
    public required string StartIntro { get; init; }
    public required string NewTender { get; init; }
    public required string NewTenderHint { get; init; }
    public required string OpenTender { get; init; }
    public required string OpenTenderHint { get; init; }
    public required string OpenButton { get; init; }
    public required string OpenProblems { get; init; }
    public required string Next { get; init; }
    public required string Back { get; init; }
    public required string StepDetails { get; init; }
    public required string DetailsIntro { get; init; }
    public required string Title { get; init; }
    public required string TitleHint { get; init; }
    public required string Reference { get; init; }
    public required string ReferenceHint { get; init; }
    public required string Authority { get; init; }
    public required string AuthorityHint { get; init; }
    public required string Date { get; init; }
    public required string DateHint { get; init; }
    public required string DocumentLanguage { get; init; }
    public required string Description { get; init; }
    public required string DescriptionHint { get; init; }
    public required string German { get; init; }
    public required string English { get; init; }
    public required string FixBeforeContinuing { get; init; }
    public required string DownloadTender { get; init; }

    /// <summary>The names of the steps in <see cref="WorkbenchSteps.Order"/>, for the progress list and the page title.</summary>
    public required IReadOnlyList<string> Steps { get; init; }
    public required string Progress { get; init; }
    public required string Stay { get; init; }

    public string StepName(WorkbenchStep step) => WorkbenchSteps.Order.IndexOf(step) is var i and >= 0 ? Steps[i] : StartTitle;

    public static readonly WorkbenchText De = new()
    {
        StartTitle = "Ausschreibung erstellen",
        StartIntro = "Schritt für Schritt zur Anlage IT-Sicherheit: Angaben zur Ausschreibung, Lose und Produktarten, Schutzbedarf, Einsatzumfeld, Vorschau der Anforderungen und die fertigen Dokumente.",
        NewTender = "Neue Ausschreibung",
        NewTenderHint = "Beginnen Sie mit leeren Angaben.",
        OpenTender = "Gespeicherte Ausschreibung öffnen",
        OpenTenderHint = "Laden Sie die tender.json hoch, die Sie hier zuletzt heruntergeladen haben.",
        OpenButton = "Öffnen",
        OpenProblems = "Die Datei konnte nicht gelesen werden:",
        Next = "Weiter",
        Back = "Zurück",
        StepDetails = "Angaben zur Ausschreibung",
        DetailsIntro = "Diese Angaben stehen auf dem Deckblatt und in der Kopf- und Fußzeile der Anlage.",
        Title = "Titel der Ausschreibung",
        TitleHint = "z. B. Aufbau eines stadtweiten LoRaWAN-Funknetzes",
        Reference = "Vergabenummer",
        ReferenceHint = "z. B. 2027-IT-008",
        Authority = "Öffentlicher Auftraggeber",
        AuthorityHint = "z. B. Stadt Musterhausen",
        Date = "Datum der Bekanntmachung",
        DateHint = "Stand der Unterlagen",
        DocumentLanguage = "Sprache der Dokumente",
        Description = "Was wird beschafft?",
        DescriptionHint = "Ein kurzer Absatz: Gegenstand, Zweck und Umfang der Beschaffung.",
        German = "Deutsch",
        English = "Englisch",
        FixBeforeContinuing = "Bitte ergänzen oder korrigieren Sie:",
        DownloadTender = "Zwischenstand als tender.json speichern",
        Steps = ["Angaben", "Lose", "Schutzbedarf", "Einsatzumfeld", "Vorschau", "Dokumente"],
        Progress = "Fortschritt",
        Stay = "Prüfen",
    };

    public static readonly WorkbenchText En = new()
    {
        StartTitle = "Build a tender",
        StartIntro = "Step by step to the IT security annex: tender details, lots and product categories, protection needs, operating context, a preview of the requirements and the finished documents.",
        NewTender = "New tender",
        NewTenderHint = "Start with empty details.",
        OpenTender = "Open a saved tender",
        OpenTenderHint = "Upload the tender.json you last downloaded here.",
        OpenButton = "Open",
        OpenProblems = "The file could not be read:",
        Next = "Next",
        Back = "Back",
        StepDetails = "Tender details",
        DetailsIntro = "These details appear on the title page and in the header and footer of the annex.",
        Title = "Title of the tender",
        TitleHint = "e.g. City-wide LoRaWAN network",
        Reference = "Reference number",
        ReferenceHint = "e.g. 2027-IT-008",
        Authority = "Contracting authority",
        AuthorityHint = "e.g. City of Musterhausen",
        Date = "Date of the notice",
        DateHint = "date of the documents",
        DocumentLanguage = "Language of the documents",
        Description = "What is being bought?",
        DescriptionHint = "A short paragraph: subject, purpose and scope of the procurement.",
        German = "German",
        English = "English",
        FixBeforeContinuing = "Please complete or correct:",
        DownloadTender = "Save progress as tender.json",
        Steps = ["Details", "Lots", "Protection needs", "Context", "Preview", "Documents"],
        Progress = "Progress",
        Stay = "Check",
    };

    public static WorkbenchText For(Language language) => language == Language.English ? En : De;
}
