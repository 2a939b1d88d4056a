using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Oscal;
using ProcurementKit.Review;
using ProcurementKit.Selection;

namespace ProcurementKit.Workflow;

/// <summary>
/// The OSCAL steps every host runs: the catalog, a tender's profile (or its resolved catalog) and the mapping to
/// Grundschutz++ as OSCAL JSON. Documents are dated with the catalog's release date (a profile: the tender's date),
/// never with the clock, so the same inputs give the same bytes.
/// </summary>
public static class OscalWorkflow
{
    public static WorkflowResult<byte[]> Catalog(RequirementsCatalog catalog, Language language) =>
        ReleaseDate(catalog) is { } date
            ? WorkflowResult.Success(OscalCatalogWriter.Write(catalog, language, date))
            : NoDate(catalog);

    /// <param name="catalogHref">The file name the profile imports the catalog by (default procurementkit-catalog.json).</param>
    public static WorkflowResult<byte[]> Profile(PreparedTender tender, bool resolved, string catalogHref = OscalNames.CatalogFileName)
    {
        var date = tender.Tender.Date.Length > 0 ? tender.Tender.Date : ReleaseDate(tender.Catalog);
        if (date is null)
        {
            return NoDate(tender.Catalog);
        }

        return WorkflowResult.Success(resolved
            ? OscalCatalogWriter.WriteResolved(tender.Selection, tender.Language, date)
            : OscalProfileWriter.Write(tender.Selection, tender.Language, date, catalogHref));
    }

    public static WorkflowResult<byte[]> Mapping(RequirementsCatalog catalog, Language language, string catalogHref = OscalNames.CatalogFileName) =>
        ReleaseDate(catalog) is { } date
            ? WorkflowResult.Success(OscalMappingWriter.Write(catalog, language, date, catalogHref))
            : NoDate(catalog);

    /// <summary>
    /// Coverage of an OSCAL catalog by the whole catalog, or by a tender's selection when one is given. A note
    /// (OscalDiagnostics.NoCitingStandard) says when no clause cites the catalog's controls by id, so only mappings can cover them.
    /// </summary>
    public static WorkflowResult<OscalCoverageMatrix> Coverage(
        RequirementsCatalog catalog, TenderSelection? selection, OscalCatalog standard, IReadOnlyList<OscalMapping> mappings, string? citedAs = null)
    {
        var matrix = selection is null
            ? OscalCoverageMatrix.ForCatalog(standard, catalog, mappings, citedAs)
            : OscalCoverageMatrix.ForSelection(standard, selection, mappings, citedAs);
        return WorkflowResult.Success(matrix, matrix.CitedAs is null ? [OscalDiagnostics.NoCitingStandard(standard.File, standard.Title)] : []);
    }

    private static string? ReleaseDate(RequirementsCatalog catalog) => CatalogRelease.DateOf(catalog);

    private static WorkflowResult<byte[]> NoDate(RequirementsCatalog catalog) =>
        WorkflowResult.Failure<byte[]>([OscalDiagnostics.NoReleaseDate("catalog.yaml")]);
}
