using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Excel.ResponseForm;
using ProcurementKit.Selection;
using static ProcurementKit.Rendering.Excel.ResponseForm.ResponseFormLayout;

namespace ProcurementKit.Fuzz;

/// <summary>The seed corpus: response forms the core writes for a selection, blank and filled in, in both languages.</summary>
public static class SeedForms
{
    public static IReadOnlyList<byte[]> Create(TenderSelection selection) =>
        [.. new[] { Language.German, Language.English }.SelectMany(language =>
        {
            var blank = Blank(selection, language);
            return new[] { blank, Filled(blank, selection, language) };
        })];

    private static byte[] Blank(TenderSelection selection, Language language)
    {
        using var stream = new MemoryStream();
        ResponseFormWriter.Write(stream, selection, language);
        return stream.ToArray();
    }

    // Filled as a bidder would: name, price, an answer and a value in every requirement row.
    private static byte[] Filled(byte[] blank, TenderSelection selection, Language language)
    {
        var buffer = new MemoryStream();
        buffer.Write(blank);
        using (var document = SpreadsheetDocument.Open(buffer, true))
        {
            var workbook = document.WorkbookPart!;
            var offer = Sheet(workbook, OfferSheet(language));
            SetText(offer, InputColumn, BidderRow, "Alpha GmbH");
            SetText(offer, InputColumn, DeclarantRow, "Erika Muster");
            for (var lot = 0; lot < selection.Tender.Lots.Count; lot++)
            {
                if (selection.Tender.Lots.Count > 1)
                {
                    SetText(offer, InputColumn, BidRow(lot), Yes(language));
                }

                Cell(offer, InputColumn, PriceRow(selection.Tender, lot)).CellValue = new CellValue(125_000m);
            }

            var requirements = Sheet(workbook, RequirementsSheet(language));
            var columns = Columns(selection);
            for (var row = FirstRequirementRow; row < FirstRequirementRow + selection.Requirements.Count; row++)
            {
                SetText(requirements, columns.Answer, row, language == Language.German ? "erfüllt" : "met");
                Cell(requirements, columns.Value, row).CellValue = new CellValue(10m);
            }
        }

        return buffer.ToArray();
    }

    private static SheetData Sheet(WorkbookPart workbook, string name)
    {
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!.Value!;
        return ((WorksheetPart)workbook.GetPartById(id)).Worksheet.GetFirstChild<SheetData>()!;
    }

    private static void SetText(SheetData sheet, int column, int row, string text)
    {
        var cell = Cell(sheet, column, row);
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text));
    }

    private static Cell Cell(SheetData sheet, int column, int row)
    {
        var reference = $"{(char)('A' + column - 1)}{row}";
        var rowElement = sheet.Elements<Row>().FirstOrDefault(r => r.RowIndex! == (uint)row)
            ?? sheet.InsertBefore(new Row { RowIndex = (uint)row }, sheet.Elements<Row>().FirstOrDefault(r => r.RowIndex! > (uint)row));
        return rowElement.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference)
            ?? rowElement.InsertBefore(new Cell { CellReference = reference },
                rowElement.Elements<Cell>().FirstOrDefault(c => string.CompareOrdinal(c.CellReference, reference) > 0 && c.CellReference!.Value!.Length >= reference.Length));
    }
}
