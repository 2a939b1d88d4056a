namespace ProcurementKit.Catalog;

/// <summary>A catalog file's path relative to the catalog root (with '/') and its text.</summary>
public sealed record CatalogFile(string RelativePath, string Content);

/// <summary>
/// The files of a catalog as text. The core never touches the file system: the CLI (or a test)
/// reads the folder and hands the files over.
/// </summary>
public sealed record CatalogSource(string DisplayRoot, IReadOnlyList<CatalogFile> Files)
{
    public CatalogFile? Find(string relativePath) => Files.FirstOrDefault(f => f.RelativePath == relativePath);

    /// <summary>The path a user sees in diagnostics, e.g. requirements-catalog/clauses/x/UPD-01.md.</summary>
    public string DisplayPath(string relativePath) =>
        DisplayRoot.Length == 0 ? relativePath : $"{DisplayRoot.TrimEnd('/')}/{relativePath}";
}
