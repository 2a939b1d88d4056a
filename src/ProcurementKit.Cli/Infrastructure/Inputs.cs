using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Workflow;

namespace ProcurementKit.Cli.Infrastructure;

/// <summary>Opens what commands share (catalog, tender) and hands it to the core workflow; its problems become <see cref="CliFailureException"/>.</summary>
public static class Inputs
{
    public static RequirementsCatalog Catalog(string? folder)
    {
        var usable = TenderWorkflow.UsableCatalog(CatalogLoader.Load(CatalogFolder.Read(folder)));
        return usable.Value ?? throw new CliFailureException(usable.Problems, $"{usable.Summary}; run 'procurementkit lint' for details");
    }

    /// <summary>
    /// Catalog, tender, selection and output language: what every tender command starts from. Warnings about the
    /// tender (e.g. B criteria dropped under the lowest-price method) go to <paramref name="notes"/>, standard error.
    /// </summary>
    public static PreparedTender ForTender(string path, string? catalogFolder, string? languageCode, TextWriter notes)
    {
        var catalog = Catalog(catalogFolder);
        if (!File.Exists(path))
        {
            throw new CliFailureException(TenderDiagnostics.FileNotFound(path));
        }

        using var stream = File.OpenRead(path);
        var prepared = TenderWorkflow.Prepare(catalog, stream, path, languageCode);
        var value = prepared.Value ?? throw new CliFailureException(prepared.Problems);
        foreach (var note in prepared.Problems)
        {
            notes.WriteLine(note);
        }

        return value;
    }

    public static Language LanguageOr(string? code, Language fallback) =>
        DocumentLanguage.Resolve(code, fallback, out var language) is { } problem ? throw new CliFailureException(problem) : language;
}
