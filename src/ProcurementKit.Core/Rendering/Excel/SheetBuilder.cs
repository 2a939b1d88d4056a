using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ProcurementKit.Rendering.Excel;

/// <summary>
/// Collects one worksheet's cells and settings, then builds the worksheet in the element order the schema
/// demands. Every text goes in as an inline string and every formula comes from our own code: whatever
/// a bidder wrote (even "=HYPERLINK(…)") stays text.
/// </summary>
public sealed class SheetBuilder(string name)
{
    private readonly SortedDictionary<int, SortedDictionary<int, (Cell Cell, string? Text, CellStyle Style)>> _rows = [];
    private readonly SortedDictionary<int, double> _widths = [];
    private readonly Dictionary<int, double> _heights = [];
    private readonly List<(int FromColumn, int Row, int ToColumn, int ToRow)> _merges = [];
    private readonly List<DataValidation> _validations = [];
    private (int Column, int Row)? _freeze;
    private bool _protected;
    private bool _landscape;
    private int _pagesWide = 1;
    private string _footer = string.Empty;

    public string Name { get; } = name;

    public int LastRow => _rows.Count == 0 ? 0 : _rows.Keys.Max();

    public SheetBuilder Text(int column, int row, string? text, CellStyle style = CellStyle.Text)
    {
        var clean = ExcelText.Clean(text ?? string.Empty);
        var cell = new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(clean) { Space = SpaceProcessingModeValues.Preserve }) };
        return Put(column, row, cell, clean, style);
    }

    public SheetBuilder Number(int column, int row, decimal? value, CellStyle style)
    {
        var cell = new Cell();
        if (value is { } v)
        {
            cell.CellValue = new CellValue(v);
        }

        return Put(column, row, cell, null, style);
    }

    /// <summary>A live formula (without the leading "="); no cached value, so the application computes it on open.</summary>
    public SheetBuilder Formula(int column, int row, string formula, CellStyle style) =>
        Put(column, row, new Cell { CellFormula = new CellFormula(formula) }, null, style);

    public SheetBuilder Blank(int column, int row, CellStyle style) => Put(column, row, new Cell(), null, style);

    public SheetBuilder Width(int column, double width)
    {
        _widths[column] = width;
        return this;
    }

    public SheetBuilder Height(int row, double points)
    {
        _heights[row] = points;
        return this;
    }

    public SheetBuilder Merge(int fromColumn, int row, int toColumn, int toRow)
    {
        _merges.Add((fromColumn, row, toColumn, toRow));
        return this;
    }

    public SheetBuilder Validate(DataValidation validation)
    {
        _validations.Add(validation);
        return this;
    }

    /// <summary>Keeps everything above <paramref name="row"/> and left of <paramref name="column"/> in view while scrolling.</summary>
    public SheetBuilder Freeze(int column, int row)
    {
        _freeze = (column, row);
        return this;
    }

    /// <summary>Locks every cell not styled as input; without a password, since the check that counts happens when the form is read.</summary>
    public SheetBuilder Protect()
    {
        _protected = true;
        return this;
    }

    /// <summary>Prints landscape, scaled to <paramref name="pagesWide"/> pages across and as many pages down as needed.</summary>
    public SheetBuilder PrintLandscape(string footer, int pagesWide = 1)
    {
        _landscape = true;
        _pagesWide = Math.Max(1, pagesWide);
        _footer = ExcelText.Clean(footer);
        return this;
    }

    internal Worksheet Build(bool selected)
    {
        var worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        worksheet.Append(new SheetViews(View(selected)));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = RowHeights.Line });
        if (_widths.Count > 0)
        {
            worksheet.Append(new Columns(_widths.Select(w => new Column { Min = (uint)w.Key, Max = (uint)w.Key, Width = w.Value, CustomWidth = true })));
        }

        worksheet.Append(SheetData());
        if (_protected)
        {
            worksheet.Append(new SheetProtection
            {
                Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false,
            });
        }

        if (_merges.Count > 0)
        {
            worksheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = $"{CellRef.Of(m.FromColumn, m.Row)}:{CellRef.Of(m.ToColumn, m.ToRow)}" })) { Count = (uint)_merges.Count });
        }

        if (_validations.Count > 0)
        {
            worksheet.Append(new DataValidations(_validations) { Count = (uint)_validations.Count });
        }

        worksheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup
        {
            PaperSize = 9, Orientation = _landscape ? OrientationValues.Landscape : OrientationValues.Portrait, FitToWidth = (uint)_pagesWide, FitToHeight = 0,
        });
        if (_footer.Length > 0)
        {
            worksheet.Append(new HeaderFooter(new OddFooter($"&L{_footer.Replace("&", "&&", StringComparison.Ordinal)}&R&P / &N")));
        }

        return worksheet;
    }

    private SheetBuilder Put(int column, int row, Cell cell, string? text, CellStyle style)
    {
        cell.CellReference = CellRef.Of(column, row);
        cell.StyleIndex = ExcelStyles.Index(style);
        if (!_rows.TryGetValue(row, out var cells))
        {
            _rows[row] = cells = [];
        }

        cells[column] = (cell, text, style);
        return this;
    }

    private SheetView View(bool selected)
    {
        var view = new SheetView { WorkbookViewId = 0, TabSelected = selected ? true : null };
        if (_freeze is { } f)
        {
            var topLeft = CellRef.Of(f.Column, f.Row);
            view.Append(new Pane
            {
                HorizontalSplit = f.Column > 1 ? f.Column - 1 : null,
                VerticalSplit = f.Row > 1 ? f.Row - 1 : null,
                TopLeftCell = topLeft,
                ActivePane = PaneValues.BottomRight,
                State = PaneStateValues.Frozen,
            });
            view.Append(new DocumentFormat.OpenXml.Spreadsheet.Selection { Pane = PaneValues.BottomRight, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        return view;
    }

    private SheetData SheetData()
    {
        // Cells hidden under a merge carry the first cell's style, so borders and fills run across.
        foreach (var (fromColumn, row, toColumn, toRow) in _merges)
        {
            var style = _rows.TryGetValue(row, out var first) && first.TryGetValue(fromColumn, out var cell) ? cell.Style : CellStyle.Default;
            for (var r = row; r <= toRow; r++)
            {
                for (var c = fromColumn; c <= toColumn; c++)
                {
                    if (!_rows.TryGetValue(r, out var cells) || !cells.ContainsKey(c))
                    {
                        Blank(c, r, style);
                    }
                }
            }
        }

        var data = new SheetData();
        foreach (var (index, cells) in _rows)
        {
            var row = new Row { RowIndex = (uint)index };
            var height = _heights.TryGetValue(index, out var fixedHeight)
                ? fixedHeight
                : RowHeights.Estimate(cells.Values.Where(c => c.Text is not null && RowHeights.Wraps(c.Style))
                    .Select(c => (c.Text!, WidthOf(CellRef.TryParse(c.Cell.CellReference, out var col, out _) ? col : 1, index))));
            if (height > RowHeights.Line)
            {
                row.Height = height;
                row.CustomHeight = true;
            }

            row.Append(cells.Values.Select(c => c.Cell));
            data.Append(row);
        }

        return data;
    }

    // A merged cell wraps its text across all the columns it spans.
    private double WidthOf(int column, int row)
    {
        var last = _merges.FirstOrDefault(m => m.FromColumn == column && m.Row == row) is { ToColumn: > 0 } merge ? merge.ToColumn : column;
        return Enumerable.Range(column, last - column + 1).Sum(c => _widths.TryGetValue(c, out var width) ? width : 9.14);
    }
}
