using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Text;

namespace ProcurementKit.Tenders;

/// <summary>
/// Whether the tender's own texts (title, description, lot titles), which the documents quote as written, are in
/// the document language: <see cref="TextLanguage"/> judges them, a mismatch is a warning, and the annex notes it.
/// </summary>
public static class TenderTextLanguage
{
    /// <summary>The language the tender's texts are evidently in when it is not <paramref name="documents"/>, else null.</summary>
    public static Language? Foreign(Tender tender, Language documents) =>
        TextLanguage.Guess([tender.Title, tender.Description, .. tender.Lots.Select(l => l.Title)]) is { } language && language != documents
            ? language
            : null;

    /// <summary>The warning for a tender whose texts are in another language than its documents, or null.</summary>
    public static Diagnostic? Check(Tender tender, Language documents, string file) =>
        Foreign(tender, documents) is { } language
            ? TenderDiagnostics.TextsInOtherLanguage(file, tender.Description.Length > 0 ? "description" : "title", Name(language), Name(documents))
            : null;

    private static string Name(Language language) => language == Language.German ? "German" : "English";
}
