using ProcurementKit.Text;

namespace ProcurementKit.Diagnostics;

/// <summary>
/// Problems with OSCAL documents (PK08xx): one read with <c>coverage --standard</c> or registered in a catalog's
/// standards/, and a catalog that cannot be exported. Each names the JSON path (<c>$.catalog.groups[1].controls[0].id</c>).
/// </summary>
public static class OscalDiagnostics
{
    public static Diagnostic NotJson(string file, long? line, long? column, string detail) =>
        Diagnostic.Error("PK0800", new SourcePosition(file, (int)(line ?? 0), (int)(column ?? 0)), $"not valid JSON: {detail}");

    public static Diagnostic NotOfModel(string file, string expected, IEnumerable<string> found) =>
        Diagnostic.Error("PK0801", SourcePosition.AtKey(file, "$"),
            $"not an OSCAL {expected}: the top-level object has {Members(found)}, expected '{expected}'",
            expected == "catalog" ? "give an OSCAL catalog (a resolved profile catalog will do)" : $"give an OSCAL {expected} document");

    public static Diagnostic WrongType(string file, string path, string expected, string found) =>
        Diagnostic.Error("PK0802", SourcePosition.AtKey(file, path), $"is {found}; OSCAL expects {expected} here");

    public static Diagnostic MissingMember(string file, string path, string member) =>
        Diagnostic.Error("PK0803", SourcePosition.AtKey(file, path), $"has no '{member}'; OSCAL requires it");

    public static Diagnostic DuplicateControl(string file, string path, string id, string firstPath) =>
        Diagnostic.Error("PK0804", SourcePosition.AtKey(file, path), $"control id '{id}' is used twice (first at {firstPath})", "give each control a unique id");

    public static Diagnostic FileNotFound(string file) =>
        Diagnostic.Error("PK0805", SourcePosition.InFile(file), "OSCAL file not found", "give the path of an OSCAL JSON document");

    public static Diagnostic NoReleaseDate(string catalogYaml) =>
        Diagnostic.Error("PK0810", SourcePosition.InFile(catalogYaml),
            "the catalog has no release date to date the OSCAL document with (last-modified); the clock is never used",
            "add 'released-on: 2026-12-06' to catalog.yaml");

    public static Diagnostic NoCitingStandard(string file, string title) =>
        Diagnostic.Warning("PK0811", SourcePosition.InFile(file),
            $"no clause cites a control of '{title}' by its id, so nothing is covered directly",
            "name the standard the clauses cite it as with --cited-as, or give a mapping with --mapping");

    public static Diagnostic UnknownControl(SourcePosition at, string standard, string file, string id, IEnumerable<string> known) =>
        Diagnostic.Error("PK0820", at, $"'{id}' is no control of the OSCAL catalog {file} registered as '{standard}'{Suggestions.Hint(id, known)}",
            "cite a control by its id as the OSCAL catalog spells it");

    public static Diagnostic RegisteredFileMissing(SourcePosition at, string file) =>
        Diagnostic.Error("PK0821", at, $"the OSCAL catalog '{file}' is not in the catalog's standards/ folder", "put the .json file next to this registration");

    private static string Members(IEnumerable<string> found)
    {
        var list = found.Select(f => $"'{f}'").ToList();
        return list.Count == 0 ? "no members" : string.Join(", ", list);
    }
}
