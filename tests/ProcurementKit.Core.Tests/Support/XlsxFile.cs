using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace ProcurementKit.Tests.Support;

/// <summary>Opens a generated workbook again to validate it and read what a user would see in its cells.</summary>
internal sealed class XlsxFile : IDisposable
{
    private readonly SpreadsheetDocument _document;

    private XlsxFile(SpreadsheetDocument document) => _document = document;

    public static XlsxFile Open(byte[] bytes) => new(SpreadsheetDocument.Open(new MemoryStream(bytes), false));

    public static XlsxFile Open(string path) => Open(File.ReadAllBytes(path));

    public WorkbookPart WorkbookPart => _document.WorkbookPart!;

    /// <summary>Office 2019 schema errors as readable lines; a test asserts there are none.</summary>
    public IReadOnlyList<string> ValidationErrors() =>
        [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(_document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];

    public IReadOnlyList<string> SheetNames => [.. Sheets.Select(s => s.Name!.Value!)];

    public SheetStateValues? StateOf(string sheet) => Sheets.Single(s => s.Name == sheet).State?.Value;

    public Worksheet Worksheet(string sheet) =>
        ((WorksheetPart)WorkbookPart.GetPartById(Sheets.Single(s => s.Name == sheet).Id!.Value!)).Worksheet;

    public Cell? Cell(string sheet, string reference) =>
        Worksheet(sheet).Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);

    /// <summary>The text a cell shows as stored: inline, shared or cached formula string, or the raw number.</summary>
    public string? Text(string sheet, string reference)
    {
        var cell = Cell(sheet, reference);
        if (cell is null)
        {
            return null;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        if (cell.DataType?.Value == CellValues.SharedString)
        {
            var index = int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
            return WorkbookPart.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(index).InnerText;
        }

        return cell.CellValue?.Text;
    }

    public double? Number(string sheet, string reference) =>
        double.TryParse(Text(sheet, reference), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    public string? Formula(string sheet, string reference) => Cell(sheet, reference)?.CellFormula?.Text;

    /// <summary>The record of the hidden sheet: key in column A, value in column B.</summary>
    public IReadOnlyDictionary<string, string> Record(string sheet = "ProcurementKit") =>
        Worksheet(sheet).Descendants<Row>().ToDictionary(
            r => Text(sheet, $"A{r.RowIndex}") ?? string.Empty,
            r => Text(sheet, $"B{r.RowIndex}") ?? string.Empty);

    /// <summary>Every text a reader sees in the workbook: shared strings and the cells of every sheet, one per line.</summary>
    public string AllText() => string.Join("\n",
        (WorkbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText) ?? [])
            .Concat(SheetNames.SelectMany(sheet => Worksheet(sheet).Descendants<Cell>().Select(c => c.InnerText))));

    public void Dispose() => _document.Dispose();

    private IEnumerable<Sheet> Sheets => WorkbookPart.Workbook.Sheets!.Elements<Sheet>();
}
