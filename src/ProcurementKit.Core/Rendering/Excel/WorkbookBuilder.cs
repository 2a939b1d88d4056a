using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ProcurementKit.Rendering.Packaging;

namespace ProcurementKit.Rendering.Excel;

/// <summary>
/// Assembles sheets into an xlsx package with the shared stylesheet and writes it through
/// <see cref="DeterministicZip"/>: fixed part ids and timestamps, so the same input gives the same bytes.
/// </summary>
public sealed class WorkbookBuilder
{
    private readonly List<(SheetBuilder Sheet, bool Hidden)> _sheets = [];
    private readonly List<(int Sheet, int FirstRow, int LastRow, int LastColumn)> _printTitles = [];
    private bool _recalculateOnOpen;
    private bool _lockStructure;

    public WorkbookBuilder Add(SheetBuilder sheet, bool hidden = false)
    {
        _sheets.Add((sheet, hidden));
        return this;
    }

    /// <summary>Makes Excel and LibreOffice compute every formula when the file opens (we store no cached results).</summary>
    public WorkbookBuilder RecalculateOnOpen()
    {
        _recalculateOnOpen = true;
        return this;
    }

    /// <summary>Stops users from adding, renaming or unhiding sheets, so the hidden record sheet stays as written.</summary>
    public WorkbookBuilder LockStructure()
    {
        _lockStructure = true;
        return this;
    }

    /// <summary>Repeats rows at the top of every printed page of a sheet, and columns A up to <paramref name="lastColumn"/> at its left.</summary>
    public WorkbookBuilder PrintTitles(SheetBuilder sheet, int firstRow, int lastRow, int lastColumn = 0)
    {
        _printTitles.Add((_sheets.FindIndex(s => s.Sheet == sheet), firstRow, lastRow, lastColumn));
        return this;
    }

    public void Write(Stream output) => DeterministicZip.Write(output, Build);

    private static string PrintTitleReference(string sheet, int firstRow, int lastRow, int lastColumn)
    {
        var rows = CellRef.InSheet(sheet, $"${firstRow}:${lastRow}");
        return lastColumn == 0 ? rows : $"{CellRef.InSheet(sheet, $"$A:${CellRef.Column(lastColumn)}")},{rows}";
    }

    private void Build(Stream buffer)
    {
        using var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook);

        // The buffer is compressed once, by DeterministicZip; compressing it here too only costs time.
        document.CompressionOption = CompressionOption.NotCompressed;
        var workbookPart = document.AddWorkbookPart();

        // The SDK names the package relationship with a random id; a fixed one keeps the bytes reproducible.
        document.ChangeIdOfPart(workbookPart, "rId1");
        workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = ExcelStyles.Create();
        var sheets = new Sheets();
        for (var i = 0; i < _sheets.Count; i++)
        {
            var (sheet, hidden) = _sheets[i];
            var id = $"rIdSheet{(i + 1).ToString(CultureInfo.InvariantCulture)}";
            sheet.WriteTo(workbookPart.AddNewPart<WorksheetPart>(id), selected: i == 0);
            sheets.Append(new Sheet
            {
                Name = sheet.Name, SheetId = (uint)(i + 1), Id = id, State = hidden ? SheetStateValues.VeryHidden : null,
            });
        }

        var workbook = new Workbook();
        if (_lockStructure)
        {
            workbook.Append(new WorkbookProtection { LockStructure = true });
        }

        workbook.Append(new BookViews(new WorkbookView { ActiveTab = 0 }), sheets);
        if (_printTitles.Count > 0)
        {
            workbook.Append(new DefinedNames(_printTitles.Select(t => new DefinedName(PrintTitleReference(_sheets[t.Sheet].Sheet.Name, t.FirstRow, t.LastRow, t.LastColumn))
            {
                Name = "_xlnm.Print_Titles",
                LocalSheetId = (uint)t.Sheet,
            })));
        }

        if (_recalculateOnOpen)
        {
            workbook.Append(new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
        }

        workbookPart.Workbook = workbook;
    }
}
