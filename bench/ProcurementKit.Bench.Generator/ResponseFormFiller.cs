using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Rendering.Excel;
using ProcurementKit.Rendering.Excel.ResponseForm;
using ProcurementKit.Rendering.Packaging;
using ProcurementKit.Selection;
using static ProcurementKit.Rendering.Excel.ResponseForm.ResponseFormLayout;

namespace ProcurementKit.Bench.Generator;

/// <summary>
/// Fills the response form the tool writes the way a bidder does in Excel: name and price on the cover,
/// an answer for every requirement, a value for quantitative criteria, an explanation and the evidence.
/// Every tenth bidder misses one knock-out criterion and is excluded; scored criteria are mostly met.
/// </summary>
internal sealed class ResponseFormFiller(TenderSelection selection, Language language)
{
    private static readonly string[] s_explanations =
    [
        "Umsetzung wie im Sicherheitskonzept beschrieben.", "Standardfunktion des angebotenen Produkts.",
        "Wird durch den Betriebsdienstleister erbracht.", "Nachweis durch Herstellererklärung.",
        "Umsetzung im Rahmen der Einführung, siehe Projektplan.",
    ];

    private readonly byte[] _blank = Blank(selection, language);

    public byte[] Fill(int bidder, Random random)
    {
        using var buffer = new MemoryStream();
        buffer.Write(_blank);
        using (var document = SpreadsheetDocument.Open(buffer, true))
        {
            var workbook = document.WorkbookPart!;
            var offer = Cells(workbook, OfferSheet(language));
            Text(offer, InputColumn, BidderRow, $"Musterfirma {bidder:000} GmbH");
            Text(offer, InputColumn, DeclarantRow, $"Person {bidder:000}");
            var tender = selection.Tender;
            for (var lot = 0; lot < tender.Lots.Count; lot++)
            {
                if (tender.Lots.Count > 1)
                {
                    Text(offer, InputColumn, BidRow(lot), Yes(language));
                }

                Number(offer, InputColumn, PriceRow(tender, lot), random.Next(80_000, 400_000));
            }

            var columns = Columns(selection);

            var rows = Cells(workbook, RequirementsSheet(language));
            var row = FirstRequirementRow;
            var missed = bidder % 10 == 0 ? random.Next(selection.KnockOut.Count()) : -1;
            var knockOut = 0;
            foreach (var requirement in selection.Requirements)
            {
                var roll = random.NextDouble();
                var answer = requirement.Obligation.IsKnockOut
                    ? (knockOut++ == missed ? Answer.NotMet : Answer.Met)
                    : roll < 0.8 ? Answer.Met : roll < 0.95 ? Answer.PartiallyMet : Answer.NotMet;
                Text(rows, columns.Answer, row, answer.Label(language));
                if (!requirement.Obligation.IsKnockOut && QuantitativeScore.For(requirement) is { } score)
                {
                    Number(rows, columns.Value, row, score.Required + Math.Round((score.FullAt - score.Required) * (decimal)random.NextDouble()));
                }

                Text(rows, columns.Explanation, row, s_explanations[random.Next(s_explanations.Length)]);
                Text(rows, columns.Evidence, row, $"Anlage {random.Next(1, 9)}, Abschnitt {random.Next(1, 20)}");
                row++;
            }
        }

        // Fixed zip timestamps: the same seed gives the same files.
        using var output = new MemoryStream();
        DeterministicZip.Normalize(buffer, output);
        return output.ToArray();
    }

    private static byte[] Blank(TenderSelection selection, Language language)
    {
        using var stream = new MemoryStream();
        ResponseFormWriter.Write(stream, selection, language);
        return stream.ToArray();
    }

    /// <summary>The sheet's cells by reference; the form writes every input cell (blank, styled), so they all exist.</summary>
    private static Dictionary<string, Cell> Cells(WorkbookPart workbook, string sheet)
    {
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return ((WorksheetPart)workbook.GetPartById(id)).Worksheet.Descendants<Cell>()
            .ToDictionary(c => c.CellReference!.Value!, StringComparer.Ordinal);
    }

    private static void Text(Dictionary<string, Cell> cells, int column, int row, string text)
    {
        var cell = cells[CellRef.Of(column, row)];
        cell.CellValue = null;
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text));
    }

    private static void Number(Dictionary<string, Cell> cells, int column, int row, decimal value)
    {
        var cell = cells[CellRef.Of(column, row)];
        cell.InlineString = null;
        cell.DataType = null;
        cell.CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture));
    }
}
