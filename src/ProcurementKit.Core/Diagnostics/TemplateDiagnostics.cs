namespace ProcurementKit.Diagnostics;

/// <summary>Problems in the annex prose templates (tender-templates/) and Word templates, one factory per code.</summary>
public static class TemplateDiagnostics
{
    public static Diagnostic MissingFile(string path) =>
        Error("PK0501", SourcePosition.InFile(path), "template file is missing; copy it from the shipped tender-templates/ folder");

    public static Diagnostic UnknownPlaceholder(SourcePosition at, string name, IEnumerable<string> known) =>
        Error("PK0502", at, $"unknown placeholder '{{{{{name}}}}}'{Text.Suggestions.Hint(name, known)}; known: {string.Join(", ", known)}");

    public static Diagnostic BlockNotAlone(SourcePosition at, string name) =>
        Error("PK0503", at, $"'{{{{{name}}}}}' inserts a table or a section and must stand alone in its own paragraph (blank lines before and after)");

    public static Diagnostic UnusableWordTemplate(string path, string problem) =>
        Error("PK0504", SourcePosition.InFile(path), $"cannot use this Word template: it {problem}");

    private static Diagnostic Error(string code, SourcePosition at, string message) => new(code, Severity.Error, message, at);
}
