using ProcurementKit.Catalog;
using ProcurementKit.Selection;
using ProcurementKit.Tenders;

namespace ProcurementKit.Cli.Infrastructure;

/// <summary>Loads what commands share (catalog, tender, selection) and turns problems into <see cref="CliFailureException"/>.</summary>
public static class Inputs
{
    public static RequirementsCatalog Catalog(string? folder, CliConsole console)
    {
        var result = CatalogLoader.Load(CatalogFolder.Read(folder));
        if (!result.HasErrors)
        {
            return result.Catalog;
        }

        var lines = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        lines.Add($"the catalog has {result.ErrorCount} error(s); run 'procurementkit lint' for details");
        throw new CliFailureException(lines);
    }

    public static Tender Tender(string path, RequirementsCatalog catalog)
    {
        if (!File.Exists(path))
        {
            throw new CliFailureException($"{path}: error PK0300: tender file not found");
        }

        using var stream = File.OpenRead(path);
        var result = TenderReader.Read(stream, path, catalog);
        if (!result.Succeeded)
        {
            throw new CliFailureException(result.Errors.Select(e => e.ToString()));
        }

        return result.Tender!;
    }

    public static TenderSelection Selection(RequirementsCatalog catalog, Tender tender, string path)
    {
        var result = SelectionEngine.Select(catalog, tender, path);
        if (!result.Succeeded)
        {
            throw new CliFailureException(result.Errors.Select(e => e.ToString()));
        }

        return result.Selection!;
    }

    /// <summary>Catalog, tender, selection and output language: what every tender command starts from.</summary>
    public static TenderInputs ForTender(string path, string? catalogFolder, string? languageCode, CliConsole console)
    {
        var catalog = Catalog(catalogFolder, console);
        var tender = Tender(path, catalog);
        var selection = Selection(catalog, tender, path);
        return new TenderInputs(catalog, tender, selection, LanguageOr(languageCode, tender.Language));
    }

    public static Language LanguageOr(string? code, Language fallback) =>
        code is null ? fallback : Languages.TryParse(code, out var language)
            ? language
            : throw new CliFailureException($"error: --lang '{code}' is not a document language; valid: de, en");
}

/// <summary>What a tender command works on, loaded and checked.</summary>
public sealed record TenderInputs(RequirementsCatalog Catalog, Tender Tender, TenderSelection Selection, Language Language);
