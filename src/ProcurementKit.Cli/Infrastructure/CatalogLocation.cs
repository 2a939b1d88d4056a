using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Hosting;
using ProcurementKit.Workflow;

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
            throw new CliFailureException(HostDiagnostics.NotACatalog(spec));
        }

        try
        {
            return GitCatalog.Read(spec[..colon], spec[(colon + 1)..], workingDirectory);
        }
        catch (CatalogReadException e)
        {
            throw new CliFailureException(e.Problem);
        }
    }

    /// <summary>The git revision of a REV:PATH spec ("v1.2"), or null for a folder.</summary>
    public static string? Revision(string spec, string workingDirectory) =>
        Directory.Exists(Path.Combine(workingDirectory, spec)) || spec.IndexOf(':', StringComparison.Ordinal) is var colon && colon <= 0
            ? null
            : spec[..spec.IndexOf(':', StringComparison.Ordinal)];

    /// <summary>Loads a catalog for comparison; its errors stop the command, since a broken release cannot be reviewed.</summary>
    public static RequirementsCatalog Load(string spec, string workingDirectory)
    {
        var usable = TenderWorkflow.UsableCatalog(CatalogLoader.Load(Read(spec, workingDirectory)));
        return usable.Value ?? throw new CliFailureException(usable.Problems, $"{spec}: {usable.Summary}; fix them or compare another revision");
    }
}
