using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Hosting;
using ProcurementKit.Review;
using ProcurementKit.Workflow;

namespace ProcurementKit.Web.Library;

/// <summary>
/// Two catalog versions compared by the core (<see cref="CatalogComparer"/>): the served catalog, an offered git
/// revision of it, or an uploaded archive. A version with errors cannot be reviewed, as with `diff`.
/// </summary>
public static class CatalogComparison
{
    /// <summary>The value of the "served catalog as it is now" choice.</summary>
    public const string Served = "served";

    /// <summary>The catalog a revision choice names: the served one, or an offered revision; null with a problem otherwise.</summary>
    public static (RequirementsCatalog? Catalog, string Label) Resolve(string? choice, RequirementsCatalog served, CatalogHistory? history, List<Diagnostic> problems)
    {
        if (choice is null or "" or Served)
        {
            return (served, Served);
        }

        if (history?.Find(choice) is not { } revision)
        {
            problems.Add(HostDiagnostics.UnknownRevision(choice.Length > 60 ? choice[..60] : choice));
            return (null, choice);
        }

        try
        {
            var source = history.Read(revision);
            return (Load(source, problems), revision.Label);
        }
        catch (CatalogReadException e)
        {
            problems.Add(e.Problem);
            return (null, revision.Label);
        }
    }

    /// <summary>A catalog read from files, or null with its errors (one line each and the summary).</summary>
    public static RequirementsCatalog? Load(CatalogSource source, List<Diagnostic> problems)
    {
        var loaded = CatalogLoader.Load(source);
        var usable = TenderWorkflow.UsableCatalog(loaded);
        if (usable.Value is null)
        {
            problems.Add(HostDiagnostics.CatalogNotUsable(source.DisplayRoot, loaded.ErrorCount));
            problems.AddRange(usable.Problems.Take(20));
        }

        return usable.Value;
    }
}
