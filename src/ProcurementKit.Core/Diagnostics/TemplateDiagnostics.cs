namespace ProcurementKit.Diagnostics;

/// <summary>Problems in the annex prose templates (tender-templates/) and Word templates, one factory per code.</summary>
public static class TemplateDiagnostics
{
    private const string WordFix = "save it in Word as a Word document (.docx) or Word template (.dotx) and pass that file";

    public static Diagnostic MissingFile(string path) =>
        Error("PK0501", SourcePosition.InFile(path), "template file is missing; copy it from the shipped tender-templates/ folder");

    public static Diagnostic UnknownPlaceholder(SourcePosition at, string name, IEnumerable<string> known) =>
        Error("PK0502", at, $"unknown placeholder '{{{{{name}}}}}'{Text.Suggestions.Hint(name, known)}; known: {string.Join(", ", known)}");

    public static Diagnostic BlockNotAlone(SourcePosition at, string name) =>
        Error("PK0503", at, $"'{{{{{name}}}}}' inserts a table or a section and must stand alone in its own paragraph (blank lines before and after)");

    public static Diagnostic UnusableWordTemplate(string path, string problem) =>
        Error("PK0504", SourcePosition.InFile(path), $"cannot use this Word template: it {problem}");

    /// <summary>The file is something else: an Excel workbook, a zip archive, an OpenDocument text, random bytes.</summary>
    public static Diagnostic NotAWordDocument(string path, string whatItIs) =>
        Diagnostic.Error("PK0420", SourcePosition.InFile(path), $"cannot use this Word template: it is {whatItIs}, not a Word document", WordFix);

    /// <summary>An OLE compound file: a password-protected Office file or a Word 97-2003 .doc.</summary>
    public static Diagnostic EncryptedOrLegacyWord(string path) =>
        Diagnostic.Error("PK0421", SourcePosition.InFile(path),
            "cannot use this Word template: it is a password-protected (encrypted) Office file or an old Word 97-2003 .doc",
            "open it in Word, remove the password (Datei > Informationen > Dokument schützen) and save it as .docx or .dotx");

    public static Diagnostic MacrosDropped(string path) =>
        Diagnostic.Warning("PK0422", SourcePosition.InFile(path),
            "the template contains macros (VBA); they are left out: annex.docx is always a macro-free .docx");

    public static Diagnostic SeveralAnnexMarkers(string path, int count) =>
        Diagnostic.Error("PK0423", SourcePosition.InFile(path), $"the template marks the place of the annex {count} times",
            "keep one marker: a paragraph holding only {{annex}}, or one content control or bookmark named procurementkit-annex");

    public static Diagnostic MarkerNotAlone(string path, string where) =>
        Diagnostic.Error("PK0424", SourcePosition.InFile(path), $"the annex marker stands {where}",
            "put {{annex}} alone in its own paragraph of the document body (not in a table, text box, header or footer)");

    public static Diagnostic BodyIgnored(string path, int paragraphs, int tables, string start) =>
        Diagnostic.Warning("PK0425", SourcePosition.InFile(path),
            $"the template's body ({paragraphs} paragraph(s), {tables} table(s), starting \"{start}\") is not used because it has no annex marker",
            "to keep a letterhead or closing text, put a paragraph holding only {{annex}} where the annex goes");

    public static Diagnostic CommentsDropped(string path, int count) =>
        Diagnostic.Warning("PK0426", SourcePosition.InFile(path), $"{count} comment(s) in the template are left out of the annex");

    public static Diagnostic UnknownTemplatePlaceholder(string path, string where, string name, IEnumerable<string> known) =>
        Diagnostic.Warning("PK0427", SourcePosition.InFile(path),
            $"'{{{{{name}}}}}' in the template's {where} is not filled in{Text.Suggestions.Hint(name, known)}; known: {string.Join(", ", known)}");

    private static Diagnostic Error(string code, SourcePosition at, string message) => new(code, Severity.Error, message, at);
}
