using ProcurementKit.Catalog;

namespace ProcurementKit.Cli.Infrastructure;

/// <summary>A catalog named on the command line: a folder, or a git revision of the catalog folder (REV:PATH).</summary>
public static class CatalogLocation
{
    public static CatalogSource Read(string spec, string workingDirectory)
    {
        if (Directory.Exists(Path.Combine(workingDirectory, spec)))
        {
            return CatalogFolder.Read(Path.GetFullPath(Path.Combine(workingDirectory, spec))) with { DisplayRoot = spec.TrimEnd('/', '\\') };
        }

        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new CliFailureException($"{spec}: error PK0003: neither a catalog folder nor a git revision; give a folder (requirements-catalog) or REV:PATH (v1.2:requirements-catalog, HEAD~3:requirements-catalog)");
        }

        return GitCatalog.Read(spec[..colon], spec[(colon + 1)..], workingDirectory);
    }

    /// <summary>Loads a catalog for comparison; its errors stop the command, since a broken release cannot be reviewed.</summary>
    public static RequirementsCatalog Load(string spec, string workingDirectory)
    {
        var result = CatalogLoader.Load(Read(spec, workingDirectory));
        if (!result.HasErrors)
        {
            return result.Catalog;
        }

        var lines = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        lines.Add($"{spec}: the catalog has {result.ErrorCount} error(s); fix them or compare another revision");
        throw new CliFailureException(lines);
    }
}
