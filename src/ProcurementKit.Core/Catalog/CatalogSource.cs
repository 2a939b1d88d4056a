namespace ProcurementKit.Catalog;

/// <summary>A catalog file's path relative to the catalog root (with '/') and its text.</summary>
public sealed record CatalogFile
{
    private readonly Func<string>? _read;
    private readonly string? _content;

    public CatalogFile(string relativePath, string content)
    {
        RelativePath = relativePath;
        _content = content;
    }

    /// <summary>
    /// A file whose text is read each time <see cref="Content"/> is asked for: the loader reads each file once,
    /// so the texts of a large catalog (10,000 clauses: 60 MB as strings) are never all in memory at once.
    /// </summary>
    public CatalogFile(string relativePath, Func<string> read)
    {
        RelativePath = relativePath;
        _read = read;
    }

    public string RelativePath { get; init; }

    public string Content
    {
        get => _content ?? _read!();
        init => _content = value;
    }
}

/// <summary>
/// The files of a catalog as text. The core never touches the file system: the CLI (or a test)
/// reads the folder and hands the files over.
/// </summary>
public sealed record CatalogSource(string DisplayRoot, IReadOnlyList<CatalogFile> Files)
{
    public CatalogFile? Find(string relativePath) => Files.FirstOrDefault(f => f.RelativePath == relativePath);

    /// <summary>
    /// Whether a file belongs to a catalog (and so to its hash): YAML and Markdown anywhere, JSON only in standards/,
    /// where an OSCAL catalog can be registered as a standard.
    /// </summary>
    public static bool IsCatalogFile(string relativePath) =>
        relativePath.EndsWith(".yaml", StringComparison.Ordinal) || relativePath.EndsWith(".yml", StringComparison.Ordinal)
        || relativePath.EndsWith(".md", StringComparison.Ordinal)
        || (relativePath.StartsWith("standards/", StringComparison.Ordinal) && relativePath.EndsWith(".json", StringComparison.Ordinal));

    /// <summary>The path a user sees in diagnostics, e.g. requirements-catalog/clauses/x/UPD-01.md.</summary>
    public string DisplayPath(string relativePath) =>
        DisplayRoot.Length == 0 ? relativePath : $"{DisplayRoot.TrimEnd('/')}/{relativePath}";
}
