using ProcurementKit.Diagnostics;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Excel.ResponseForm;
using ProcurementKit.Selection;
using ProcurementKit.Tenders;
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
        var bidder = ReadText(offer, cells, BidderRow, BidderLabel(language), FormProblems.BidderMissing);
        var declarant = ReadText(offer, cells, DeclarantRow, DeclarantLabel(language), FormProblems.DeclarantMissing);
        var placeAndDate = cells.HasLabel(offer, LabelColumn, PlaceDateRow, PlaceDateLabel(language)) ? cells.Text(offer, InputColumn, PlaceDateRow)?.Trim() : null;
        var lots = ReadLots(offer, cells, selection.Tender, language);
        var answers = RequirementRows.Read(requirements, selection, cells, language);
        return problems.Count > 0 || bidder is null || declarant is null || lots is null
            ? new FormReadResult(file, null, problems)
            : new FormReadResult(file, new BidderResponse(bidder, file, lots, answers) { Declarant = declarant, PlaceAndDate = placeAndDate ?? string.Empty }, problems);
    }

    private static string? ReadText(CellReader sheet, FormCells cells, int row, string label, Func<string, string, Diagnostic> missing)
    {
        if (!cells.HasLabel(sheet, LabelColumn, row, label))
        {
            return null;
        }

        var text = cells.Text(sheet, InputColumn, row)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            cells.Add(missing(cells.File, sheet.Address(InputColumn, row)));
            return null;
        }

        return text;
    }

    /// <summary>The lots bid for with their prices; a single-lot form bids for its lot. Null when a cell is wrong.</summary>
    private static List<LotOffer>? ReadLots(CellReader sheet, FormCells cells, Tender tender, Language language)
    {
        var offers = new List<LotOffer>();
        var valid = true;
        for (var i = 0; i < tender.Lots.Count; i++)
        {
            var lot = tender.Lots[i];
            if (tender.Lots.Count > 1)
            {
                if (!cells.HasLabel(sheet, LabelColumn, BidRow(i), $"{LotBidLabel(lot, language)} ({lot.Title})"))
                {
                    return null;
                }

                var bid = cells.Text(sheet, InputColumn, BidRow(i))?.Trim();
                if (string.IsNullOrEmpty(bid) || string.Equals(bid, No(language), StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (!string.Equals(bid, Yes(language), StringComparison.OrdinalIgnoreCase))
                {
                    cells.Add(FormProblems.LotAnswerInvalid(cells.File, sheet.Address(InputColumn, BidRow(i)), bid));
                    valid = false;
                    continue;
                }
            }

            var label = tender.Lots.Count > 1 ? LotPriceLabel(lot, language) : PriceLabel(language);
            if (ReadPrice(sheet, cells, PriceRow(tender, i), label) is { } price)
            {
                offers.Add(new LotOffer(lot.Id, price));
            }
            else
            {
                valid = false;
            }
        }

        if (valid && offers.Count == 0)
        {
            cells.Add(FormProblems.NoLotChosen(cells.File, sheet.Address(InputColumn, BidRow(0))));
            return null;
        }

        return valid ? offers : null;
    }

    private static decimal? ReadPrice(CellReader sheet, FormCells cells, int row, string label)
    {
        if (!cells.HasLabel(sheet, LabelColumn, row, label))
        {
            return null;
        }

        var content = sheet.Read(InputColumn, row);
        var address = sheet.Address(InputColumn, row);
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
