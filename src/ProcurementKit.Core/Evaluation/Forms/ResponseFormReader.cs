using ProcurementKit.Diagnostics;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Excel.ResponseForm;
using ProcurementKit.Selection;
using static ProcurementKit.Rendering.Excel.ResponseForm.ResponseFormLayout;

namespace ProcurementKit.Evaluation.Forms;

/// <summary>A returned form read into a response, or every problem that keeps it from being evaluated.</summary>
public sealed record FormReadResult(string File, BidderResponse? Response, IReadOnlyList<Diagnostic> Problems)
{
    public bool Succeeded => Response is not null && Problems.Count == 0;
}

/// <summary>
/// Reads a returned response form (untrusted): the package is inspected first, then the hidden record must
/// match tender and selection, then bidder, price and every requirement row are checked cell by cell.
/// Bidder texts are kept as plain strings and never interpreted.
/// </summary>
public static class ResponseFormReader
{
    public static FormReadResult Read(Stream stream, string file, TenderSelection selection, PackageLimits? limits = null)
    {
        var (workbook, problems) = UntrustedWorkbook.Open(stream, file, Kind, selection, limits);
        if (workbook is null)
        {
            return new FormReadResult(file, null, problems);
        }

        using (workbook)
        {
            try
            {
                return ReadSheets(workbook, selection);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return new FormReadResult(file, null, [FormProblems.NotXlsx(file, e.Message.Split('\n')[0].Trim())]);
            }
        }
    }

    private static FormReadResult ReadSheets(UntrustedWorkbook workbook, TenderSelection selection)
    {
        var file = workbook.File;
        var language = workbook.Language;
        var offer = workbook.Sheet(OfferSheet(language));
        var requirements = workbook.Sheet(RequirementsSheet(language));
        if (offer is null || requirements is null)
        {
            var missing = offer is null ? OfferSheet(language) : RequirementsSheet(language);
            return new FormReadResult(file, null, [FormProblems.Layout(file, string.Empty, $"the sheet '{missing}' is missing")]);
        }

        var problems = new List<Diagnostic>();
        var cells = new FormCells(file, problems);
        var bidder = ReadBidder(offer, cells, language);
        var price = ReadPrice(offer, cells, language);
        var answers = RequirementRows.Read(requirements, selection, cells, language);
        return problems.Count > 0 || bidder is null || price is null
            ? new FormReadResult(file, null, problems)
            : new FormReadResult(file, new BidderResponse(bidder, file, price.Value, answers), problems);
    }

    private static string? ReadBidder(CellReader sheet, FormCells cells, Language language)
    {
        if (!cells.HasLabel(sheet, LabelColumn, BidderRow, BidderLabel(language)))
        {
            return null;
        }

        var name = cells.Text(sheet, InputColumn, BidderRow)?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            cells.Add(FormProblems.BidderMissing(cells.File, sheet.Address(InputColumn, BidderRow)));
            return null;
        }

        return name;
    }

    private static decimal? ReadPrice(CellReader sheet, FormCells cells, Language language)
    {
        if (!cells.HasLabel(sheet, LabelColumn, PriceRow, PriceLabel(language)))
        {
            return null;
        }

        var content = sheet.Read(InputColumn, PriceRow);
        var address = sheet.Address(InputColumn, PriceRow);
        if (content.Kind == CellKind.Formula)
        {
            cells.Add(FormProblems.Formula(cells.File, address, content.Text));
            return null;
        }

        if (content.Number is { } price && price > 0)
        {
            return price;
        }

        cells.Add(FormProblems.PriceInvalid(cells.File, address, content.IsEmpty ? null : content.Text));
        return null;
    }
}
