using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ProcurementKit.Tests.Support;

/// <summary>Fills a workbook's cells the way a user (or an attacker) would, and returns the saved bytes.</summary>
internal sealed class FormFiller
{
    private readonly List<Action<WorkbookPart>> _edits = [];

    public FormFiller Text(string sheet, string reference, string text) =>
        Edit(sheet, reference, cell =>
        {
            cell.CellFormula = null;
            cell.CellValue = null;
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        });

    /// <summary>A text the way Excel stores it: in the shared string table.</summary>
    public FormFiller SharedText(string sheet, string reference, string text)
    {
        _edits.Add(workbook =>
        {
            var table = (workbook.SharedStringTablePart ?? workbook.AddNewPart<SharedStringTablePart>()).SharedStringTable ??= new SharedStringTable();
            table.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text)));
            var index = table.Elements<SharedStringItem>().Count() - 1;
            var cell = Find(workbook, sheet, reference);
            cell.InlineString = null;
            cell.DataType = CellValues.SharedString;
            cell.CellValue = new CellValue(index);
        });
        return this;
    }

    public FormFiller Number(string sheet, string reference, decimal value) =>
        Edit(sheet, reference, cell =>
        {
            cell.InlineString = null;
            cell.DataType = null;
            cell.CellValue = new CellValue(value);
        });

    public FormFiller Formula(string sheet, string reference, string formula, string cached) =>
        Edit(sheet, reference, cell =>
        {
            cell.InlineString = null;
            cell.DataType = null;
            cell.CellFormula = new CellFormula(formula);
            cell.CellValue = new CellValue(cached);
        });

    public FormFiller Edit(string sheet, string reference, Action<Cell> edit)
    {
        _edits.Add(workbook => edit(Find(workbook, sheet, reference)));
        return this;
    }

    public FormFiller Workbook(Action<WorkbookPart> edit)
    {
        _edits.Add(edit);
        return this;
    }

    public byte[] Apply(byte[] form)
    {
        var buffer = new MemoryStream();
        buffer.Write(form);
        using (var document = SpreadsheetDocument.Open(buffer, true))
        {
            foreach (var edit in _edits)
            {
                edit(document.WorkbookPart!);
            }
        }

        return buffer.ToArray();
    }

    private static Cell Find(WorkbookPart workbook, string sheet, string reference)
    {
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        var data = ((WorksheetPart)workbook.GetPartById(id)).Worksheet.GetFirstChild<SheetData>()!;
        var rowIndex = uint.Parse(new string([.. reference.SkipWhile(char.IsLetter)]), System.Globalization.CultureInfo.InvariantCulture);
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == rowIndex);
        if (row is null)
        {
            row = new Row { RowIndex = rowIndex };
            data.InsertBefore(row, data.Elements<Row>().FirstOrDefault(r => r.RowIndex! > rowIndex));
        }

        var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (cell is null)
        {
            cell = new Cell { CellReference = reference };
            row.InsertBefore(cell, row.Elements<Cell>().FirstOrDefault(c => string.CompareOrdinal(c.CellReference, reference) > 0 && c.CellReference!.Value!.Length >= reference.Length));
        }

        return cell;
    }
}
