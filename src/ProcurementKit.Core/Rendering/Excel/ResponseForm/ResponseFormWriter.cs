using ProcurementKit.Catalog;
using ProcurementKit.Selection;

namespace ProcurementKit.Rendering.Excel.ResponseForm;

/// <summary>
/// Writes the response form (Bieterantwortbogen) bidders return with their offer: a cover sheet for bidder
/// and price, a protected requirements sheet where only the answer cells are open, and a hidden record
/// of tender reference and selection hash.
/// </summary>
public static class ResponseFormWriter
{
    public static void Write(Stream output, TenderSelection selection, Language language)
    {
        var requirements = RequirementsSheet.Build(selection, language);
        new WorkbookBuilder()
            .Add(OfferSheet.Build(selection, language))
            .Add(requirements)
            .Add(RecordSheet.Build(RecordSheet.For(selection, ResponseFormLayout.Kind, language)), hidden: true)
            .PrintTitles(requirements, ResponseFormLayout.HeaderRow, ResponseFormLayout.HeaderRow)
            .LockStructure()
            .Write(output);
    }
}
