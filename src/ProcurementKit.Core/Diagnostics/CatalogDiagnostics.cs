namespace ProcurementKit.Diagnostics;

/// <summary>
/// Every catalog diagnostic, built by one factory method per code so that codes stay stable
/// and messages read alike. docs/diagnostics.md lists them for users.
/// </summary>
public static class CatalogDiagnostics
{
    public static Diagnostic YamlSyntax(SourcePosition at, string detail) =>
        Error("PK0001", at, $"YAML syntax error: {detail}");

    public static Diagnostic MissingFrontMatter(SourcePosition at) =>
        Error("PK0002", at, "clause file must start with a '---' line, the YAML front matter and a closing '---' line");

    public static Diagnostic UnreadableFile(SourcePosition at, string detail) =>
        Error("PK0003", at, $"cannot read file: {detail}");

    public static Diagnostic MissingField(SourcePosition at, string field) =>
        Error("PK0101", at, $"required field '{field}' is missing");

    public static Diagnostic InvalidValue(SourcePosition at, string field, string value, string expected) =>
        Error("PK0102", at, $"'{field}' has the value '{value}'; expected {expected}");

    public static Diagnostic DuplicateId(SourcePosition at, string kind, string id, SourcePosition first) =>
        Error("PK0103", at, $"duplicate {kind} id '{id}' (first defined at {first})");

    public static Diagnostic UnknownTopic(SourcePosition at, string value, IEnumerable<string> known) =>
        Error("PK0104", at, Unknown("topic", value, known));

    public static Diagnostic UnknownCategory(SourcePosition at, string value, IEnumerable<string> known) =>
        Error("PK0105", at, Unknown("category", value, known));

    public static Diagnostic UnknownPhase(SourcePosition at, string value, IEnumerable<string> known) =>
        Error("PK0106", at, Unknown("phase", value, known));

    public static Diagnostic UnknownLevel(SourcePosition at, string value, IEnumerable<string> known) =>
        Error("PK0107", at, Unknown("level", value, known));

    public static Diagnostic UnknownStandard(SourcePosition at, string value, IEnumerable<string> known) =>
        Error("PK0108", at, Unknown("standard", value, known));

    public static Diagnostic UnknownStatus(SourcePosition at, string value, IEnumerable<string> known) =>
        Error("PK0109", at, Unknown("status", value, known));

    public static Diagnostic UnknownField(SourcePosition at, string field, IEnumerable<string> known) =>
        Warning("PK0110", at, $"unknown field '{field}' is ignored{Text.Suggestions.Hint(field, known)}");

    public static Diagnostic UnknownGoal(SourcePosition at, string value, IEnumerable<string> known) =>
        Error("PK0111", at, Unknown("protection goal", value, known));

    public static Diagnostic UnknownContextKey(SourcePosition at, string value, IEnumerable<string> known) =>
        Error("PK0112", at, Unknown("context key", value, known) + "; context keys are declared in catalog.yaml");

    public static Diagnostic UnknownDeployment(SourcePosition at, string value, IEnumerable<string> known) =>
        Error("PK0113", at, Unknown("deployment", value, known));

    public static Diagnostic UnknownVerification(SourcePosition at, string value, IEnumerable<string> known) =>
        Warning("PK0114", at, Unknown("verification method", value, known));

    public static Diagnostic WrongTopicFolder(SourcePosition at, string topic, string folder) =>
        Warning("PK0115", at, $"clause of topic '{topic}' lies in folder '{folder}'; move it to clauses/{topic}/");

    public static Diagnostic IdPrefixMismatch(SourcePosition at, string id, string prefix) =>
        Warning("PK0116", at, $"id '{id}' does not start with its topic's prefix '{prefix}-'");

    public static Diagnostic MissingObligation(SourcePosition at, string level) =>
        Error("PK0120", at, $"obligation for level '{level}' is missing; every level from 'from-level' upwards needs one");

    public static Diagnostic WeightOutOfRange(SourcePosition at, int weight) =>
        Error("PK0121", at, $"weight {weight} is outside 1-5");

    public static Diagnostic InvalidObligationKind(SourcePosition at, string value) =>
        Error("PK0122", at, $"obligation kind '{value}' is not valid; expected A (must, knock-out) or B (scored, with a weight 1-5)");

    public static Diagnostic UndeclaredPlaceholder(SourcePosition at, string name, IEnumerable<string> known) =>
        Error("PK0130", at, $"placeholder '{{{{{name}}}}}' has no parameter{Text.Suggestions.Hint(name, known)}");

    public static Diagnostic UnusedParameter(SourcePosition at, string name, string language) =>
        Warning("PK0131", at, $"parameter '{name}' is never used in the {language} text");

    public static Diagnostic DefaultBelowMinimum(SourcePosition at, string name, string level, decimal value, decimal min) =>
        Error("PK0132", at, $"default of parameter '{name}' for level '{level}' is {value}, below its minimum {min}");

    public static Diagnostic InvalidParameter(SourcePosition at, string name, string detail) =>
        Error("PK0133", at, $"parameter '{name}': {detail}");

    public static Diagnostic UnknownScoringParameter(SourcePosition at, string name) =>
        Error("PK0134", at, $"scoring refers to parameter '{name}', which the clause does not declare");

    public static Diagnostic DefaultsNotRising(SourcePosition at, string name) =>
        Warning("PK0135", at, $"defaults of parameter '{name}' neither rise nor fall steadily with the level; a higher protection need must never ask for less");

    public static Diagnostic DefaultAboveMaximum(SourcePosition at, string name, string level, decimal value, decimal max) =>
        Error("PK0136", at, $"default of parameter '{name}' for level '{level}' is {value}, above its maximum {max}; lower the default to at most {max} or raise 'max'");

    public static Diagnostic MinimumAboveMaximum(SourcePosition at, string name, decimal min, decimal max) =>
        Error("PK0137", at, $"parameter '{name}' has min {min} above max {max}; 'min' must be at most 'max' (swap them if they were mixed up)");

    public static Diagnostic ReplacesUnknown(SourcePosition at, string id, IEnumerable<string> known) =>
        Error("PK0140", at, $"'replaces' points to '{id}', which is not in the catalog{Text.Suggestions.Hint(id, known)}");

    public static Diagnostic ReplacesCycle(SourcePosition at, string cycle) =>
        Error("PK0141", at, $"'replaces' forms a cycle: {cycle}");

    public static Diagnostic MissingGermanText(SourcePosition at) =>
        Error("PK0150", at, "German text is missing: add a '# de' section with a '## title' and the requirement");

    public static Diagnostic MissingEnglishText(SourcePosition at) =>
        Warning("PK0151", at, "English text is missing: add an '# en' section with a '## title' and the requirement");

    public static Diagnostic MissingTitle(SourcePosition at, string language) =>
        Error("PK0152", at, $"the '# {language}' section must start with a '## title' heading");

    public static Diagnostic MissingApproval(SourcePosition at, string field) =>
        Warning("PK0160", at, $"approved clause has no '{field}'; record who approved it and when");

    public static Diagnostic UnregisteredItem(SourcePosition at, string standard, string item, IEnumerable<string> known) =>
        Error("PK0170", at, $"'{item}' is not an item of {standard} in standards/{Text.Suggestions.Hint(item, known)}");

    public static Diagnostic NoReferences(SourcePosition at) =>
        Warning("PK0171", at, "clause cites no standard; add at least one reference with its item");

    public static Diagnostic MissingLocalized(SourcePosition at, string field, string language) =>
        Warning("PK0172", at, $"'{field}' has no {language} text");

    public static Diagnostic UnknownRole(SourcePosition at, string value, IEnumerable<string> known) =>
        Error("PK0117", at, Unknown("role", value, known));

    public static Diagnostic ScoredSuitability(SourcePosition at, string level) =>
        Error("PK0123", at, $"a suitability clause is scored (B) at '{level}'; suitability may not be an award criterion (Vermischungsverbot), make it A");

    public static Diagnostic UnknownEvent(SourcePosition at, string value, IEnumerable<string> known) =>
        Error("PK0180", at, Unknown("deadline event", value, known) + "; events are declared in catalog.yaml");

    public static Diagnostic DeadlineSetTwice(SourcePosition at, string eventId, string clause, string other, SourcePosition otherAt) =>
        Error("PK0181", at, $"{clause} and {other} (at {otherAt}) both set the deadline for '{eventId}' and can be selected in one tender; let one own it and the other refer to it by id");

    /// <summary>A warning: the clause works, but the review document can only show the machine name.</summary>
    public static Diagnostic MissingParameterLabel(SourcePosition at, string name) =>
        Diagnostic.Warning(
            "PK0190", at, $"parameter '{name}' has no label; the review document would show the machine name where the value stands",
            "add label: { de: \"Supportzeitraum\", en: \"Support period\" } naming what the value is");

    /// <summary>A release check of <c>diff</c>: clauses changed, yet the catalog claims to be the same release.</summary>
    public static Diagnostic CatalogVersionNotRaised(SourcePosition at, string version, int changed) =>
        Diagnostic.Warning(
            "PK0191", at, $"{changed} clause(s) differ, but both releases are catalog version {version}; tenders cite the version, so two different texts would carry the same one",
            "raise 'version' in catalog.yaml (and 'released-on') before this release is used");

    /// <summary>A release check of <c>diff</c>: a clause is gone, though published tenders may cite it.</summary>
    public static Diagnostic ClauseDeleted(SourcePosition at, string id) =>
        Diagnostic.Warning(
            "PK0192", at, $"clause {id} was deleted; tenders composed with the earlier release may cite it",
            "keep the file and set 'status: retired' (a successor names it in 'replaces'), so its id stays taken and its text stays on record");

    private static string Unknown(string kind, string value, IEnumerable<string> known)
    {
        var list = known.ToList();
        return $"unknown {kind} '{value}'{Text.Suggestions.Hint(value, list)}; valid: {string.Join(", ", list)}";
    }

    private static Diagnostic Error(string code, SourcePosition at, string message) =>
        new(code, Severity.Error, message, at);

    private static Diagnostic Warning(string code, SourcePosition at, string message) =>
        new(code, Severity.Warning, message, at);
}
