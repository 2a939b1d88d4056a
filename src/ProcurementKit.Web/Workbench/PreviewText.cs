using ProcurementKit.Catalog;

namespace ProcurementKit.Web.Workbench;

/// <summary>The words of the preview step and the documents step.</summary>
public sealed record PreviewText
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required Func<int, int, int, int, string> Summary { get; init; }
    public required string Requirements { get; init; }
    public required IReadOnlyList<string> RequirementHeaders { get; init; }
    public required string Excluded { get; init; }
    public required string ExcludedHint { get; init; }
    public required IReadOnlyList<string> ExcludedHeaders { get; init; }
    public required string Parameters { get; init; }
    public required string ParametersHint { get; init; }
    public required string ParametersOpen { get; init; }
    public required IReadOnlyList<string> ParameterHeaders { get; init; }
    public required string Bounds { get; init; }
    public required string NoBounds { get; init; }
    public required string OwnValue { get; init; }
    public required string Apply { get; init; }
    public required string NotReady { get; init; }
    public required string Notes { get; init; }
    public required string DocumentsTitle { get; init; }
    public required string DocumentsIntro { get; init; }
    public required IReadOnlyDictionary<string, string> Documents { get; init; }
    public required string AllAsZip { get; init; }
    public required string AllAsZipHint { get; init; }
    public required string DocumentLanguage { get; init; }

    public static readonly PreviewText De = new()
    {
        Title = "Vorschau der Anforderungen",
        Intro = "Diese Anforderungen kommen in die Anlage, aus Ihren Angaben ausgewählt. A-Kriterien muss jedes Angebot erfüllen; B-Kriterien werden mit ihrem Gewicht gewertet.",
        Summary = (count, a, b, excluded) => $"{count} Anforderungen ({a} A-Kriterien, {b} B-Kriterien); {excluded} Klauseln des Katalogs passen nicht zu dieser Ausschreibung.",
        Requirements = "Ausgewählte Anforderungen",
        RequirementHeaders = ["Nr.", "ID", "Anforderung", "Art", "Lose", "Warum ausgewählt"],
        Excluded = "Nicht ausgewählte Klauseln",
        ExcludedHint = "Aufklappen, um zu sehen, warum eine Klausel nicht gilt.",
        ExcludedHeaders = ["ID", "Klausel", "Warum nicht"],
        Parameters = "Werte in den Anforderungen",
        ParametersHint = "Einige Anforderungen enthalten Zahlen, etwa Supportzeiträume oder Fristen. Voreingestellt ist der Wert für Ihren Schutzbedarf. Sie können einen eigenen Wert innerhalb der Grenzen eintragen; ein leeres Feld nimmt die Voreinstellung.",
        ParametersOpen = "aufklappen, um eigene Werte einzutragen",
        ParameterHeaders = ["Wert", "Gilt in", "Voreinstellung je Schutzbedarf", "Grenzen", "Jetzt", "Eigener Wert"],
        Bounds = "{0} bis {1}",
        NoBounds = "keine",
        OwnValue = "eigener Wert",
        Apply = "Werte übernehmen",
        NotReady = "Die Auswahl kann noch nicht berechnet werden. Bitte beheben Sie zuerst diese Angaben (der Schlüssel nennt den Schritt):",
        Notes = "Hinweise",
        DocumentsTitle = "Dokumente",
        DocumentsIntro = "Laden Sie die Vergabeunterlagen herunter. Bewahren Sie die tender.json auf: Mit ihr öffnen Sie die Ausschreibung hier später wieder.",
        Documents = new Dictionary<string, string>
        {
            ["annex.docx"] = "Anlage IT-Sicherheit (Word)",
            ["response-form.xlsx"] = "Antwortformular für die Bieter (Excel)",
            ["evaluation-matrix.xlsx"] = "Bewertungsmatrix (Excel)",
            ["selection.json"] = "Auswahl mit Begründungen (selection.json)",
            ["tender.json"] = "Ausschreibung zum Wiederöffnen (tender.json)",
        },
        AllAsZip = "Alles als ZIP-Datei",
        AllAsZipHint = "Alle fünf Dateien in einem Archiv.",
        DocumentLanguage = "Sprache der Dokumente: {0} (änderbar unter „Angaben zur Ausschreibung“).",
    };

    public static readonly PreviewText En = new()
    {
        Title = "Preview of the requirements",
        Intro = "These requirements go into the annex, selected from what you entered. Every offer must meet the A criteria; B criteria are scored with their weight.",
        Summary = (count, a, b, excluded) => $"{count} requirements ({a} A criteria, {b} B criteria); {excluded} clauses of the catalog do not fit this tender.",
        Requirements = "Selected requirements",
        RequirementHeaders = ["No.", "ID", "Requirement", "Type", "Lots", "Why selected"],
        Excluded = "Clauses not selected",
        ExcludedHint = "Open to see why a clause does not apply.",
        ExcludedHeaders = ["ID", "Clause", "Why not"],
        Parameters = "Values in the requirements",
        ParametersHint = "Some requirements contain numbers, such as support periods or deadlines. The preset is the value for your protection needs. You may enter your own value within the bounds; an empty field takes the preset.",
        ParametersOpen = "open to enter your own values",
        ParameterHeaders = ["Value", "Used in", "Preset per protection need", "Bounds", "Now", "Own value"],
        Bounds = "{0} to {1}",
        NoBounds = "none",
        OwnValue = "own value",
        Apply = "Apply values",
        NotReady = "The selection cannot be computed yet. Please fix these first (the key names the step):",
        Notes = "Notes",
        DocumentsTitle = "Documents",
        DocumentsIntro = "Download the tender documents. Keep the tender.json: with it you open the tender here again later.",
        Documents = new Dictionary<string, string>
        {
            ["annex.docx"] = "IT security annex (Word)",
            ["response-form.xlsx"] = "Response form for bidders (Excel)",
            ["evaluation-matrix.xlsx"] = "Evaluation matrix (Excel)",
            ["selection.json"] = "Selection with reasons (selection.json)",
            ["tender.json"] = "Tender to reopen later (tender.json)",
        },
        AllAsZip = "Everything as a zip file",
        AllAsZipHint = "All five files in one archive.",
        DocumentLanguage = "Language of the documents: {0} (change it under “Tender details”).",
    };

    public static PreviewText For(Language language) => language == Language.English ? En : De;
}
