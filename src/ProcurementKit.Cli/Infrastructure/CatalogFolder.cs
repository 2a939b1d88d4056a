using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Cli.Infrastructure;

/// <summary>Reads a catalog folder from disk, or the catalog shipped beside the tool.</summary>
public static class CatalogFolder
{
    /// <summary>The catalog copied next to the executable at build time.</summary>
    public static string ShippedPath => Path.Combine(AppContext.BaseDirectory, "requirements-catalog");

    /// <summary>The catalog's files; their texts are read when the loader asks for them, one at a time.</summary>
    public static CatalogSource Read(string? folder)
    {
        var root = folder ?? ShippedPath;
        if (!Directory.Exists(root))
        {
            throw new CliFailureException(folder is null ? HostDiagnostics.ShippedCatalogMissing(root) : HostDiagnostics.CatalogFolderMissing(root));
        }

        var display = folder is null ? "requirements-catalog" : Path.GetRelativePath(Directory.GetCurrentDirectory(), root).Replace('\\', '/');
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => new CatalogFile(Path.GetRelativePath(root, f).Replace('\\', '/'), () => File.ReadAllText(f)))
            .Where(f => CatalogSource.IsCatalogFile(f.RelativePath))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
        return new CatalogSource(display, files);
    }
}
