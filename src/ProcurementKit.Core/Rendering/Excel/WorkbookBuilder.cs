using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ProcurementKit.Rendering.Excel;

/// <summary>
/// Assembles sheets into an xlsx package with the shared stylesheet and writes it with
/// <see cref="XlsxPackage"/>: fixed part ids, order and timestamps, so the same input gives the same bytes.
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

    /// <summary>Writes the package; the same sheets give the same bytes.</summary>
    public void Write(Stream output)
    {
        using var package = new XlsxPackage(output, _sheets.Count);
        package.Part("xl/workbook.xml", WorkbookElement());
        package.Part("xl/styles.xml", ExcelStyles.Create());
        for (var i = 0; i < _sheets.Count; i++)
        {
            _sheets[i].Sheet.WriteTo(package.Sheet(i + 1), selected: i == 0);
        }
    }

    private static string PrintTitleReference(string sheet, int firstRow, int lastRow, int lastColumn)
    {
        var rows = CellRef.InSheet(sheet, $"${firstRow}:${lastRow}");
        return lastColumn == 0 ? rows : $"{CellRef.InSheet(sheet, $"$A:${CellRef.Column(lastColumn)}")},{rows}";
    }

    private Workbook WorkbookElement()
    {
        var sheets = new Sheets();
        for (var i = 0; i < _sheets.Count; i++)
        {
            var (sheet, hidden) = _sheets[i];
            sheets.Append(new Sheet
            {
                Name = sheet.Name, SheetId = (uint)(i + 1), Id = XlsxPackage.SheetId(i + 1), State = hidden ? SheetStateValues.VeryHidden : null,
            });
        }

        var workbook = new Workbook();
        workbook.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
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

        return workbook;
    }
}
