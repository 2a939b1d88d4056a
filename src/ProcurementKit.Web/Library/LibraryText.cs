using ProcurementKit.Catalog;

namespace ProcurementKit.Web.Library;

/// <summary>The words of the catalog browser, per language; field names come from the review document's labels.</summary>
public sealed record LibraryText
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string Clauses { get; init; }
    public required string Coverage { get; init; }
    public required string Compare { get; init; }
    public required string ReviewDocument { get; init; }
    public required string ReviewBoth { get; init; }
    public required string Any { get; init; }
    public required string StandardItem { get; init; }
    public required string Standard { get; init; }
    public required string Search { get; init; }
    public required string Filter { get; init; }
    public required string Reset { get; init; }
    public required Func<int, int, string> Shown { get; init; }
    public required string NoneFound { get; init; }
    public required string Back { get; init; }
    public required string Covered { get; init; }
    public required string Explained { get; init; }
    public required string Gap { get; init; }
    public required Func<int, int, int, string> CoverageSummary { get; init; }
    public required string Item { get; init; }
    public required string CoveredBy { get; init; }
    public required string CompareIntro { get; init; }
    public required string OldRevision { get; init; }
    public required string NewRevision { get; init; }
    public required string ServedNow { get; init; }
    public required string NoHistory { get; init; }
    public required string CompareRevisions { get; init; }
    public required string UploadTitle { get; init; }
    public required Func<string, string> UploadHint { get; init; }
    public required string CompareUpload { get; init; }
    public required string Redline { get; init; }
    public required string NoChanges { get; init; }
    public required string Problems { get; init; }
    public required string Field { get; init; }
    public required string Legend { get; init; }

    public static readonly LibraryText De = new()
    {
        Title = "Anforderungskatalog",
        Intro = "Alle Klauseln mit Status, Version, Verpflichtung und Parametern je Schutzbedarf, deutsch und englisch nebeneinander. Filter stehen in der Adresse, so lässt sich jede Ansicht als Lesezeichen speichern.",
        Clauses = "Klauseln",
        Coverage = "Abdeckung der Normen",
        Compare = "Versionen vergleichen",
        ReviewDocument = "Prüfdokument (.docx)",
        ReviewBoth = "Prüfdokument deutsch + englisch (.docx)",
        Any = "alle",
        StandardItem = "Normstelle",
        Standard = "Norm",
        Search = "Suche",
        Filter = "Filtern",
        Reset = "Filter zurücksetzen",
        Shown = (shown, total) => $"{shown} von {total} Klauseln",
        NoneFound = "Keine Klausel passt zu diesen Filtern.",
        Back = "Zurück zur Liste",
        Covered = "abgedeckt",
        Explained = "kein Ausschreibungsthema",
        Gap = "nicht abgedeckt",
        CoverageSummary = (covered, explained, gaps) => $"{covered} Normstellen abgedeckt, {explained} als kein Ausschreibungsthema begründet, {gaps} nicht abgedeckt.",
        Item = "Normstelle",
        CoveredBy = "Abgedeckt durch",
        CompareIntro = "Was hat sich zwischen zwei Fassungen des Katalogs geändert? Wählen Sie zwei Git-Stände des hier bereitgestellten Katalogs oder laden Sie einen Katalogordner als ZIP hoch; er wird mit dem bereitgestellten Katalog verglichen.",
        OldRevision = "Freigegebene Fassung (alt)",
        NewRevision = "Zu prüfende Fassung (neu)",
        ServedNow = "bereitgestellter Katalog (Arbeitsstand)",
        NoHistory = "Der bereitgestellte Katalog liegt in keinem Git-Repository; Git-Stände können nicht verglichen werden. Laden Sie die andere Fassung als ZIP hoch.",
        CompareRevisions = "Stände vergleichen",
        UploadTitle = "Katalog als ZIP hochladen",
        UploadHint = limit => $"Der gepackte Katalogordner (catalog.yaml, clauses/, …), höchstens {limit}. Er wird nur im Speicher gelesen.",
        CompareUpload = "Mit bereitgestelltem Katalog vergleichen",
        Redline = "Änderungsfassung (.docx, nachverfolgte Änderungen)",
        NoChanges = "Keine Klausel hat sich geändert.",
        Problems = "Der Vergleich konnte nicht erstellt werden",
        Field = "Feld",
        Legend = "Eingefügte Wörter sind grün unterstrichen, gelöschte rot durchgestrichen.",
    };

    public static readonly LibraryText En = new()
    {
        Title = "Requirements catalog",
        Intro = "Every clause with status, version, obligation and parameters per protection level, German and English side by side. Filters are part of the address, so every view can be bookmarked.",
        Clauses = "Clauses",
        Coverage = "Coverage of standards",
        Compare = "Compare versions",
        ReviewDocument = "Review document (.docx)",
        ReviewBoth = "Review document German + English (.docx)",
        Any = "any",
        StandardItem = "Standard item",
        Standard = "Standard",
        Search = "Search",
        Filter = "Filter",
        Reset = "Reset filters",
        Shown = (shown, total) => $"{shown} of {total} clauses",
        NoneFound = "No clause matches these filters.",
        Back = "Back to the list",
        Covered = "covered",
        Explained = "no tender matter",
        Gap = "not covered",
        CoverageSummary = (covered, explained, gaps) => $"{covered} items covered, {explained} explained as no tender matter, {gaps} not covered.",
        Item = "Item",
        CoveredBy = "Covered by",
        CompareIntro = "What changed between two versions of the catalog? Choose two git revisions of the catalog served here, or upload a catalog folder as a zip; it is compared with the served catalog.",
        OldRevision = "Approved version (old)",
        NewRevision = "Version to review (new)",
        ServedNow = "served catalog (working copy)",
        NoHistory = "The served catalog is not in a git repository; revisions cannot be compared. Upload the other version as a zip.",
        CompareRevisions = "Compare revisions",
        UploadTitle = "Upload a catalog as zip",
        UploadHint = limit => $"The zipped catalog folder (catalog.yaml, clauses/, ...), at most {limit}. It is read in memory only.",
        CompareUpload = "Compare with the served catalog",
        Redline = "Redline (.docx, tracked changes)",
        NoChanges = "No clause changed.",
        Problems = "The comparison could not be made",
        Field = "Field",
        Legend = "Inserted words are underlined in green, deleted ones struck through in red.",
    };

    public static LibraryText For(Language language) => language == Language.English ? En : De;
}
