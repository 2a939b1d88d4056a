using ProcurementKit.Text;

namespace ProcurementKit.Diagnostics;

/// <summary>
/// Every problem of a tender file (PK03xx), one factory per code; each names the JSON key path, so a form
/// in the browser can put the message next to its field, and the command line prints it as before.
/// </summary>
public static class TenderDiagnostics
{
    public static Diagnostic FileNotFound(string file) =>
        Diagnostic.Error("PK0300", SourcePosition.InFile(file), "tender file not found", "pass the path of a tender .json file (see examples/)");

    public static Diagnostic NotJson(string file, long? line, long? column, string detail) =>
        Diagnostic.Error("PK0301", new SourcePosition(file, (int)(line ?? 0), (int)(column ?? 0)), $"not valid JSON: {detail}");

    public static Diagnostic UnknownKey(string file, string key, string kind, IReadOnlyCollection<string> valid) =>
        Diagnostic.Error("PK0302", SourcePosition.AtKey(file, key), $"unknown {kind}{Suggestions.Hint(LastPart(key), valid)}", $"valid: {string.Join(", ", valid)}");

    public static Diagnostic Missing(string file, string key, string why) =>
        Diagnostic.Error("PK0303", SourcePosition.AtKey(file, key), $"is missing; {why}");

    public static Diagnostic NotInVocabulary(string file, string key, string kind, string value, IReadOnlyCollection<string> valid) =>
        Diagnostic.Error("PK0304", SourcePosition.AtKey(file, key), $"'{value}' is not {kind}{Suggestions.Hint(value, valid)}", $"valid: {string.Join(", ", valid)}");

    public static Diagnostic NotBoolean(string file, string key, string value) =>
        Diagnostic.Error("PK0305", SourcePosition.AtKey(file, key), $"'{value}' is not true or false");

    public static Diagnostic NotNumber(string file, string key, string value) =>
        Diagnostic.Error("PK0306", SourcePosition.AtKey(file, key), $"'{value}' is not a number", "write it with a point for decimals, e.g. 10 or 7.5");

    public static Diagnostic NotDate(string file, string key, string value) =>
        Diagnostic.Error("PK0307", SourcePosition.AtKey(file, key), $"'{value}' is not an ISO date", "write it as 2026-12-01");

    public static Diagnostic OutOfRange(string file, string key, string message) =>
        Diagnostic.Error("PK0308", SourcePosition.AtKey(file, key), message);

    public static Diagnostic Duplicate(string file, string key, string message) =>
        Diagnostic.Error("PK0309", SourcePosition.AtKey(file, key), message);

    public static Diagnostic UnknownClause(string file, string key, string id, IEnumerable<string> known) =>
        Diagnostic.Error("PK0310", SourcePosition.AtKey(file, key), $"clause '{id}' is not in the catalog{Suggestions.Hint(id, known)}");

    public static Diagnostic NotIncludable(string file, string key, string id, string why, string? fix = null) =>
        Diagnostic.Error("PK0311", SourcePosition.AtKey(file, key), $"clause '{id}' {why}", fix);

    public static Diagnostic MethodMismatch(string file, string key, string message, string fix) =>
        Diagnostic.Error("PK0312", SourcePosition.AtKey(file, key), message, fix);

    /// <summary>A warning, not an error: the selection goes on without the B criteria the lowest-price method cannot score.</summary>
    public static Diagnostic ScoredUnderPriceOnly(string file, IReadOnlyList<string> ids) =>
        Diagnostic.Warning(
            "PK0313", SourcePosition.AtKey(file, "evaluation:method"),
            $"the lowest-price method scores no criteria; {ids.Count} B criteria ({Shortened(ids)}) are left out of the annex",
            "announce simple-reference-value or extended-reference-value if they should count");

    public static Diagnostic TwoDeadlines(string file, string eventId, IReadOnlyList<string> ids) =>
        Diagnostic.Warning(
            "PK0314", SourcePosition.AtKey(file, "include"),
            $"the selection sets {ids.Count} deadlines for the event '{eventId}' ({string.Join(", ", ids)}); the contract must give one",
            "exclude all but one of them, or let the others refer to the owner's deadline");

    /// <summary>A warning: the tender's own words go into the documents as written, in a language the documents are not.</summary>
    public static Diagnostic TextsInOtherLanguage(string file, string key, string textLanguage, string documentLanguage) =>
        Diagnostic.Warning(
            "PK0315", SourcePosition.AtKey(file, key),
            $"the tender's title and description are evidently in {textLanguage}, but the documents are written in {documentLanguage}; bidders read them as written, and the annex says so",
            $"translate title, description and lot titles into {documentLanguage}, or write the documents in {textLanguage} (--lang or the tender's \"language\")");

    // A list of sixty ids helps nobody on one line; `explain` lists every clause with its reason.
    private static string Shortened(IReadOnlyList<string> ids) =>
        ids.Count <= 8 ? string.Join(", ", ids) : $"{string.Join(", ", ids.Take(8))}, … — see explain";

    private static string LastPart(string key) => key[(key.LastIndexOf(':') + 1)..];
}
