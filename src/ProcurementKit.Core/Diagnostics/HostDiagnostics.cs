namespace ProcurementKit.Diagnostics;

/// <summary>
/// Problems with what a host (the command line, a web page) was given to work on: folders, files, options,
/// uploads. One factory per code, so the CLI and a web host say the same thing for the same problem.
/// </summary>
public static class HostDiagnostics
{
    public static Diagnostic ShippedCatalogMissing(string path) =>
        Diagnostic.Error("PK0003", SourcePosition.InFile(path), "the shipped catalog is missing next to the tool", "pass --catalog DIR");

    public static Diagnostic CatalogFolderMissing(string path) =>
        Diagnostic.Error("PK0003", SourcePosition.InFile(path), "catalog folder not found", "pass --catalog with a folder that holds catalog.yaml");

    public static Diagnostic NotACatalog(string spec) =>
        Diagnostic.Error("PK0003", SourcePosition.InFile(spec), "neither a catalog folder nor a git revision",
            "give a folder (requirements-catalog) or REV:PATH (v1.2:requirements-catalog, HEAD~3:requirements-catalog)");

    public static Diagnostic NoCatalogAtRevision(string label, string folder, string revision) =>
        Diagnostic.Error("PK0003", SourcePosition.InFile(label), $"no catalog files under '{folder}' at revision '{revision}'",
            $"give the catalog folder as it is named in the repository, e.g. {revision}:requirements-catalog");

    public static Diagnostic OutputExists(string path) =>
        Diagnostic.Error("PK0400", SourcePosition.InFile(path), "file exists", "pass --force to replace it");

    public static Diagnostic OutputNotOfKind(string path, string extension) =>
        Diagnostic.Error("PK0401", SourcePosition.InFile(path), $"--out must name a {extension} file", $"e.g. review{extension}");

    public static Diagnostic UnknownLanguage(string code) =>
        Diagnostic.Error("PK0402", SourcePosition.InFile("--lang"), $"'{code}' is not a document language", "valid: de, en");

    public static Diagnostic GitFailed(string label, string command, string detail) =>
        Diagnostic.Error("PK0410", SourcePosition.InFile(label), $"git {command} failed: {detail}");

    public static Diagnostic GitMissing(string label) =>
        Diagnostic.Error("PK0410", SourcePosition.InFile(label), "git is not installed or not on PATH",
            "check out the revision and pass its catalog folder instead");

    public static Diagnostic ShippedTemplatesMissing(string path) =>
        Diagnostic.Error("PK0501", SourcePosition.InFile(path), "the shipped tender-templates folder is missing next to the tool");

    public static Diagnostic TemplateNotFound(string path) =>
        Diagnostic.Error("PK0504", SourcePosition.InFile(path), "--template: no such file or folder",
            "pass a .docx, .dotx, .docm or .dotm file or a folder with template.docx and/or de/, en/");

    public static Diagnostic TemplateFolderEmpty(string path) =>
        Diagnostic.Error("PK0504", SourcePosition.InFile(path), "the folder holds neither template.docx (or .dotx, .docm, .dotm) nor a de/ or en/ folder of prose templates");

    public static Diagnostic LibreOfficeMissing(string where) =>
        Diagnostic.Error("PK0510", SourcePosition.InFile(where), "--pdf needs LibreOffice, and soffice was not found",
            "install LibreOffice (Debian: apt-get install libreoffice-writer-nogui python3-uno), or name soffice with --soffice PATH or PROCUREMENTKIT_SOFFICE");

    public static Diagnostic LibreOfficePythonMissing(string python) =>
        Diagnostic.Error("PK0511", SourcePosition.InFile(python), "--pdf needs LibreOffice's Python bridge (python-uno), and this Python has none",
            "install it (Debian: apt-get install python3-uno), or name a Python that has it with PROCUREMENTKIT_PYTHON");

    public static Diagnostic LibreOfficeTimedOut(string document, int seconds) =>
        Diagnostic.Error("PK0512", SourcePosition.InFile(document), $"LibreOffice did not finish laying out the document within {seconds} s and was stopped",
            "try again on a less busy machine, or allow more time with PROCUREMENTKIT_SOFFICE_TIMEOUT (seconds)");

    public static Diagnostic LibreOfficeFailed(string document, string detail) =>
        Diagnostic.Error("PK0513", SourcePosition.InFile(document), $"LibreOffice could not make the PDF: {detail}",
            "check that soffice --headless --convert-to pdf works on this machine");

    public static Diagnostic ContentsPagesUnsettled(string document, int passes) =>
        Diagnostic.Warning("PK0514", SourcePosition.InFile(document), $"after {passes} layout passes the contents' page numbers still moved; some may be off by a page",
            "check the contents against the PDF");

    public static Diagnostic ResponsesFolderMissing(string path) =>
        Diagnostic.Error("PK0600", SourcePosition.InFile(path), "responses folder not found", "pass --responses with the folder of returned forms");

    public static Diagnostic NoResponseForms(string where) =>
        Diagnostic.Error("PK0600", SourcePosition.InFile(where), "no returned response forms (.xlsx) among the files given");

    public static Diagnostic ScoresFileMissing(string path) =>
        Diagnostic.Error("PK0600", SourcePosition.InFile(path), "scores file not found", "pass the evaluation.xlsx an earlier run wrote");

    public static Diagnostic NotAWorkbook(string file) =>
        Diagnostic.Warning("PK0660", SourcePosition.InFile(file), "not a workbook, ignored");

    public static Diagnostic UnusedScores(string file, string bidder) =>
        Diagnostic.Warning("PK0661", SourcePosition.InFile(file), $"points for '{bidder}' were not used; no evaluated form names this bidder");

    // Web uploads and catalog comparison (evaluation page, catalog browser).
    public static Diagnostic UploadMissing(string field, string what) =>
        Diagnostic.Error("PK0920", SourcePosition.InFile(field), $"no {what} was chosen", $"choose the {what} and send the form again");

    public static Diagnostic UploadTooLarge(string file, long bytes, long limit) =>
        Diagnostic.Error("PK0921", SourcePosition.InFile(file), $"the file has {Megabytes(bytes)}; at most {Megabytes(limit)} are accepted here",
            "check that this is the right file; a returned form or tender is far smaller");

    public static Diagnostic TooManyUploads(int count, int limit) =>
        Diagnostic.Error("PK0922", SourcePosition.InFile("upload"), $"{count} files were sent; at most {limit} are evaluated at once",
            "split the returned forms into smaller sets or use the command line (procurementkit evaluate)");

    public static Diagnostic CatalogZipUnsafe(string archive, string entry, string why) =>
        Diagnostic.Error("PK0923", SourcePosition.InFile($"{archive}!{entry}"), $"the archive entry is refused: {why}",
            "pack the catalog folder itself (catalog.yaml, clauses/, ...) with relative paths only");

    public static Diagnostic CatalogZipTooLarge(string archive, string why) =>
        Diagnostic.Error("PK0924", SourcePosition.InFile(archive), $"the archive is too large: {why}",
            "pack only the catalog folder (its .yaml and .md files)");

    public static Diagnostic CatalogZipUnreadable(string archive, string detail) =>
        Diagnostic.Error("PK0925", SourcePosition.InFile(archive), $"not a readable zip archive: {detail}", "pack the catalog folder as a .zip file");

    public static Diagnostic CatalogZipWithoutCatalog(string archive) =>
        Diagnostic.Error("PK0926", SourcePosition.InFile(archive), "the archive holds no catalog.yaml",
            "pack the catalog folder so that catalog.yaml is at the top or in one folder");

    public static Diagnostic UnknownRevision(string revision) =>
        Diagnostic.Error("PK0927", SourcePosition.InFile("revision"), $"'{revision}' is not one of the offered revisions of the served catalog",
            "choose a tag or commit from the list");

    public static Diagnostic CatalogNotUsable(string label, int errors) =>
        Diagnostic.Error("PK0928", SourcePosition.InFile(label), $"the catalog has {errors} error(s) and cannot be compared",
            "run procurementkit lint on it and fix the errors");

    private static string Megabytes(long bytes) => $"{(bytes / 1024d / 1024d).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} MB";
}
