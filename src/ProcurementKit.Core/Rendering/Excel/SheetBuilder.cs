using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ProcurementKit.Rendering.Excel;

/// <summary>
/// Collects one worksheet's cells and settings, then writes the worksheet in the element order the schema
/// demands (<see cref="WorksheetWriter"/>, streaming). Every text goes in as an inline string and every
/// formula comes from our own code: whatever a bidder wrote (even "=HYPERLINK(…)") stays text.
/// </summary>
public sealed class SheetBuilder(string name)
{
    private readonly Dictionary<int, SortedList<int, SheetCell>> _rows = [];
    private readonly SortedDictionary<int, double> _widths = [];
    private readonly Dictionary<int, double> _heights = [];
    private readonly List<(int FromColumn, int Row, int ToColumn, int ToRow)> _merges = [];
    private readonly List<DataValidation> _validations = [];
    private readonly List<(string Range, string Formula)> _greyed = [];
    private (int Column, int Row)? _freeze;
    private bool _protected;
    private bool _landscape;
    private int _pagesWide = 1;
    private string _footer = string.Empty;

    public string Name { get; } = name;

    public SheetBuilder Text(int column, int row, string? text, CellStyle style = CellStyle.Text) =>
        Put(column, row, new SheetCell(SheetCellKind.Text, ExcelText.Clean(text ?? string.Empty), null, style));

    public SheetBuilder Number(int column, int row, decimal? value, CellStyle style) =>
        Put(column, row, new SheetCell(SheetCellKind.Number, null, value, style));

    /// <summary>
    /// A live formula (without the leading "=") with the result it has now (a number or a text), stored beside it so
    /// that previews, document viewers and scripts that do not recalculate show the same figures as Excel.
    /// </summary>
    public SheetBuilder Formula(int column, int row, string formula, CellStyle style, FormulaResult result) =>
        Put(column, row, new SheetCell(SheetCellKind.Formula, formula, result.Number, style) { CachedText = result.Text });

    public SheetBuilder Blank(int column, int row, CellStyle style) => Put(column, row, new SheetCell(SheetCellKind.Blank, null, null, style));

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

    /// <summary>Greys out <paramref name="range"/> (e.g. "A6:J6 A9:J9") while <paramref name="formula"/>, written for its first cell, is true.</summary>
    public SheetBuilder GreyWhen(string range, string formula)
    {
        _greyed.Add((range, formula));
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

    /// <summary>Writes the worksheet into <paramref name="part"/> and closes it; <paramref name="selected"/> makes it the tab shown on open.</summary>
    internal void WriteTo(Stream part, bool selected)
    {
        FillMergedCells();
        using var writer = new WorksheetWriter(part);
        writer.Element(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        writer.Element(new SheetViews(View(selected)));
        writer.Element(new SheetFormatProperties { DefaultRowHeight = RowHeights.Line });
        if (_widths.Count > 0)
        {
            writer.Element(new Columns(_widths.Select(w => new Column { Min = (uint)w.Key, Max = (uint)w.Key, Width = w.Value, CustomWidth = true })));
        }

        WriteRows(writer);
        if (_protected)
        {
            writer.Element(new SheetProtection
            {
                Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false,
            });
        }

        if (_merges.Count > 0)
        {
            writer.Element(new MergeCells(_merges.Select(m => new MergeCell { Reference = $"{CellRef.Of(m.FromColumn, m.Row)}:{CellRef.Of(m.ToColumn, m.ToRow)}" })) { Count = (uint)_merges.Count });
        }

        for (var i = 0; i < _greyed.Count; i++)
        {
            var (range, formula) = _greyed[i];
            writer.Element(new ConditionalFormatting(
                new ConditionalFormattingRule(new Formula(formula)) { Type = ConditionalFormatValues.Expression, FormatId = 0, Priority = i + 1 })
            {
                SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
            });
        }

        if (_validations.Count > 0)
        {
            writer.Element(new DataValidations(_validations.Select(v => v.CloneNode(true))) { Count = (uint)_validations.Count });
        }

        writer.Element(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        writer.Element(new PageSetup
        {
            PaperSize = 9, Orientation = _landscape ? OrientationValues.Landscape : OrientationValues.Portrait, FitToWidth = (uint)_pagesWide, FitToHeight = 0,
        });
        if (_footer.Length > 0)
        {
            writer.Element(new HeaderFooter(new OddFooter($"&L{_footer.Replace("&", "&&", StringComparison.Ordinal)}&R&P / &N")));
        }
    }

    private SheetBuilder Put(int column, int row, SheetCell cell)
    {
        if (!_rows.TryGetValue(row, out var cells))
        {
            _rows[row] = cells = [];
        }

        cells[column] = cell;
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

    // Cells hidden under a merge carry the first cell's style, so borders and fills run across.
    private void FillMergedCells()
    {
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
    }

    private void WriteRows(WorksheetWriter writer)
    {
        writer.StartSheetData();
        foreach (var index in _rows.Keys.Order())
        {
            var cells = _rows[index];
            writer.StartRow(index, HeightOf(index, cells));
            foreach (var (column, cell) in cells)
            {
                writer.Cell(CellRef.Of(column, index), cell);
            }

            writer.EndRow();
        }

        writer.EndSheetData();
    }

    // Excel does not fit row heights on open: a fixed height wins, else wrapped text sets it; one line needs none.
    private double? HeightOf(int row, SortedList<int, SheetCell> cells)
    {
        if (_heights.TryGetValue(row, out var fixedHeight))
        {
            return fixedHeight > RowHeights.Line ? fixedHeight : null;
        }

        var wrapped = new List<(string Text, double Width)>();
        foreach (var (column, cell) in cells)
        {
            if (cell.ShownText is { } text && RowHeights.Wraps(cell.Style))
            {
                wrapped.Add((text, WidthOf(column, row)));
            }
        }

        var height = RowHeights.Estimate(wrapped);
        return height > RowHeights.Line ? height : null;
    }

    // A merged cell wraps its text across all the columns it spans.
    private double WidthOf(int column, int row)
    {
        var last = _merges.FirstOrDefault(m => m.FromColumn == column && m.Row == row) is { ToColumn: > 0 } merge ? merge.ToColumn : column;
        return Enumerable.Range(column, last - column + 1).Sum(c => _widths.TryGetValue(c, out var width) ? width : 9.14);
    }
}
