using ProcurementKit.Catalog;
using ProcurementKit.Selection;
using ProcurementKit.Tenders;

namespace ProcurementKit.Fuzz;

/// <summary>The selection of a shipped example tender, read from the repository the fuzzer runs in.</summary>
public static class ExampleTender
{
    public static TenderSelection Select(string exampleFile = "sensor-rollout.json")
    {
        var root = Root();
        var catalogFolder = Path.Combine(root, "requirements-catalog");
        var source = new CatalogSource("requirements-catalog",
            [.. Directory.EnumerateFiles(catalogFolder, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
                .Select(f => new CatalogFile(Path.GetRelativePath(catalogFolder, f).Replace('\\', '/'), File.ReadAllText(f)))
                .OrderBy(f => f.RelativePath, StringComparer.Ordinal)]);
        var catalog = CatalogLoader.Load(source).Catalog;
        var path = Path.Combine(root, "examples", exampleFile);
        using var stream = File.OpenRead(path);
        var tender = TenderReader.Read(stream, path, catalog).Tender ?? throw new InvalidOperationException($"{path} is no valid tender");
        return SelectionEngine.Select(catalog, tender, path).Selection ?? throw new InvalidOperationException($"{path} selects nothing");
    }

    // Above the build output, or (for a published, instrumented copy run by afl-fuzz) above the working folder.
    private static string Root() => Above(AppContext.BaseDirectory) ?? Above(Environment.CurrentDirectory)
        ?? throw new InvalidOperationException("ProcurementKit.sln not found above the fuzzer's folder or the working folder");

    private static string? Above(string start)
    {
        var directory = new DirectoryInfo(start);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ProcurementKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }
}
