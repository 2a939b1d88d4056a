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

    // From PK0320 on: the protection-need assessment (BSI 200-2), checked by ProtectionNeedDetermination.Check, and assess.

    /// <summary>A level above normal says considerable damage is possible; the record must say which.</summary>
    public static Diagnostic RatingWithoutReason(string file, string key, string level) =>
        Diagnostic.Error(
            "PK0320", SourcePosition.AtKey(file, key),
            $"a rating of {level} needs a reason; BSI 200-2 asks why damage beyond the limited and manageable is expected",
            "say in a sentence what could happen, or rate it normal");

    public static Diagnostic AdjustmentWithoutReason(string file, string key, string effect) =>
        Diagnostic.Error(
            "PK0321", SourcePosition.AtKey(file, key),
            $"the {effect} effect needs a reason; a level that departs from the maximum principle must be justified",
            effect == "cumulation" ? "say which damages add up to a larger one" : "say why the damage is spread or contained (redundancy, pseudonymisation, ...)");

    public static Diagnostic AdjustmentWrongWay(string file, string key, string effect, string maximum, string level) =>
        Diagnostic.Error(
            "PK0322", SourcePosition.AtKey(file, key),
            effect == "cumulation"
                ? $"a cumulation effect can only raise the level, but the ratings already give {maximum} and the adjustment says {level}"
                : $"a distribution effect can only lower the level, but the ratings give {maximum} and the adjustment says {level}",
            (effect, maximum) switch
            {
                ("cumulation", "very-high") => "very-high is the highest category; remove the adjustment",
                ("cumulation", _) => $"give a level above {maximum}, or remove the adjustment",
                (_, "normal") => "normal is the lowest category; remove the adjustment",
                _ => $"give a level below {maximum}, or remove the adjustment",
            });

    /// <summary>Only reachable through the API (the reader rejects unknown names with PK0304).</summary>
    public static Diagnostic LevelOutOfRange(string file, string key, int value) =>
        Diagnostic.Error("PK0323", SourcePosition.AtKey(file, key), $"level {value} is outside the categories normal, high and very-high", "use one of normal, high, very-high");

    public static Diagnostic RatingMissing(string file, string key, string scenario, string goal) =>
        Diagnostic.Error(
            "PK0324", SourcePosition.AtKey(file, key),
            $"the damage scenario '{scenario}' is not rated for {goal}; an assessment judges every scenario for every goal",
            "add { \"level\": \"normal\" } if no more than limited damage is expected, or run procurementkit assess");

    public static Diagnostic NeedDisagrees(string file, string key, string goal, string given, string determined) =>
        Diagnostic.Error(
            "PK0325", SourcePosition.AtKey(file, key),
            $"{goal} is {given}, but the assessment gives {determined}",
            $"set it to {determined}, change the assessment, or run procurementkit assess to write both");

    public static Diagnostic AnswersFileMissing(string path) =>
        Diagnostic.Error("PK0326", SourcePosition.InFile(path), "answers file not found", "pass --answers with a JSON file of ratings (docs/protection-needs.md), or leave it out to be asked");

    /// <summary>The questionnaire read to the end of its input before every question was answered; nothing is written.</summary>
    public static Diagnostic AnswersEnded(string question) =>
        Diagnostic.Error(
            "PK0327", SourcePosition.InFile("stdin"), $"the input ended before the questionnaire was complete (at: {question}); the tender was not changed",
            "answer in a terminal, or pass the answers with --answers FILE");

    // A list of sixty ids helps nobody on one line; `explain` lists every clause with its reason.
    private static string Shortened(IReadOnlyList<string> ids) =>
        ids.Count <= 8 ? string.Join(", ", ids) : $"{string.Join(", ", ids.Take(8))}, … — see explain";

    private static string LastPart(string key) => key[(key.LastIndexOf(':') + 1)..];
}
