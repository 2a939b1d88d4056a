using ProcurementKit.Catalog;

namespace ProcurementKit.Tests.Support;

/// <summary>The repository's catalog, read once per test run.</summary>
internal static class ShippedCatalog
{
    private static readonly Lazy<CatalogSource> s_source = new(() => ReadFolder(RepositoryPaths.Catalog));
    private static readonly Lazy<CatalogLoadResult> s_result = new(() => CatalogLoader.Load(s_source.Value));

    public static CatalogSource Source => s_source.Value;

    public static CatalogLoadResult Result => s_result.Value;

    public static RequirementsCatalog Catalog => s_result.Value.Catalog;

    public static IEnumerable<string> ExampleFiles =>
        Directory.GetFiles(RepositoryPaths.Examples, "*.json").Order(StringComparer.Ordinal);

    public static CatalogSource ReadFolder(string root) => new(
        "requirements-catalog",
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => new CatalogFile(Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)]);
}
