using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ProcurementKit.Rendering.Excel;

/// <summary>The one stylesheet of all workbooks: fonts, fills, borders, number formats and the formats of <see cref="CellStyle"/>.</summary>
internal static class ExcelStyles
{
    private const uint PointsFormat = 164;
    private const uint RatioFormat = 165;
    private const uint MoneyFormat = 4; // built-in "#,##0.00"

    private enum Font : uint { Normal, Bold, Title, Italic, BoldRed }

    private enum Fill : uint { None, Gray125, Header, Input, Total, NotApplicable }

    private enum Border : uint { None, Thin }

    private sealed record Format(Font Font, Fill Fill, Border Border, uint NumberFormat = 0, bool Wrap = false, bool Center = false, bool Unlocked = false);

    // Order = CellStyle order.
    private static readonly Format[] s_formats =
    [
        new(Font.Normal, Fill.None, Border.None),
        new(Font.Title, Fill.None, Border.None),
        new(Font.Bold, Fill.None, Border.None, Wrap: true),
        new(Font.Bold, Fill.Header, Border.Thin, Wrap: true),
        new(Font.Normal, Fill.None, Border.Thin, Wrap: true),
        new(Font.Normal, Fill.None, Border.Thin, Center: true),
        new(Font.Normal, Fill.None, Border.Thin, PointsFormat, Center: true),
        new(Font.Normal, Fill.None, Border.Thin, MoneyFormat),
        new(Font.Normal, Fill.None, Border.Thin, RatioFormat, Center: true),
        new(Font.Italic, Fill.None, Border.None, Wrap: true),
        new(Font.Bold, Fill.Total, Border.Thin, Wrap: true),
        new(Font.Bold, Fill.Total, Border.Thin, PointsFormat, Center: true),
        new(Font.Bold, Fill.Total, Border.Thin, MoneyFormat),
        new(Font.Bold, Fill.Total, Border.Thin, RatioFormat, Center: true),
        new(Font.Bold, Fill.Total, Border.Thin, Center: true),
        new(Font.Normal, Fill.NotApplicable, Border.Thin, Center: true),
        new(Font.Normal, Fill.Input, Border.Thin, Wrap: true, Unlocked: true),
        new(Font.Normal, Fill.Input, Border.Thin, Center: true, Unlocked: true),
        new(Font.Normal, Fill.Input, Border.Thin, MoneyFormat, Unlocked: true),
        new(Font.Normal, Fill.Input, Border.Thin, PointsFormat, Center: true, Unlocked: true),
        new(Font.Bold, Fill.Input, Border.Thin, Wrap: true, Unlocked: true),
        new(Font.BoldRed, Fill.None, Border.None, Wrap: true),
    ];

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = PointsFormat, FormatCode = "0.0#" },
            new NumberingFormat { NumberFormatId = RatioFormat, FormatCode = "0.000" }) { Count = 2 },
        new Fonts(
            FontOf(bold: false, italic: false, size: 10),
            FontOf(bold: true, italic: false, size: 10),
            FontOf(bold: true, italic: false, size: 14),
            FontOf(bold: false, italic: true, size: 10),
            FontOf(bold: true, italic: false, size: 10, color: "FFC00000")) { Count = 5 },
        new Fills(
            new DocumentFormat.OpenXml.Spreadsheet.Fill(new PatternFill { PatternType = PatternValues.None }),
            new DocumentFormat.OpenXml.Spreadsheet.Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9E1F2"),
            Solid("FFFFF2CC"),
            Solid("FFE2EFDA"),
            Solid("FFEDEDED")) { Count = 6 },
        new Borders(
            new DocumentFormat.OpenXml.Spreadsheet.Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new DocumentFormat.OpenXml.Spreadsheet.Border(
                new LeftBorder { Style = BorderStyleValues.Thin, Color = Gray() },
                new RightBorder { Style = BorderStyleValues.Thin, Color = Gray() },
                new TopBorder { Style = BorderStyleValues.Thin, Color = Gray() },
                new BottomBorder { Style = BorderStyleValues.Thin, Color = Gray() },
                new DiagonalBorder())) { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(s_formats.Select(CellFormatOf)) { Count = (uint)s_formats.Length },
        new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
        new DifferentialFormats(GreyedOut()) { Count = 1 });

    /// <summary>The one conditional look (differential format 0): grey text on grey, for rows that do not apply.</summary>
    private static DifferentialFormat GreyedOut() => new(
        new DocumentFormat.OpenXml.Spreadsheet.Font(new Color { Rgb = "FF808080" }),
        new DocumentFormat.OpenXml.Spreadsheet.Fill(new PatternFill(new BackgroundColor { Rgb = "FFD9D9D9" }) { PatternType = PatternValues.Solid }));

    private static CellFormat CellFormatOf(Format f) => new(
        new Alignment
        {
            WrapText = f.Wrap ? true : null,
            Horizontal = f.Center ? HorizontalAlignmentValues.Center : null,
            Vertical = VerticalAlignmentValues.Top,
        },
        new Protection { Locked = !f.Unlocked })
    {
        NumberFormatId = f.NumberFormat,
        FontId = (uint)f.Font,
        FillId = (uint)f.Fill,
        BorderId = (uint)f.Border,
        FormatId = 0,
        ApplyNumberFormat = f.NumberFormat != 0 ? true : null,
        ApplyFont = true,
        ApplyFill = f.Fill != Fill.None ? true : null,
        ApplyBorder = f.Border != Border.None ? true : null,
        ApplyAlignment = true,
        ApplyProtection = true,
    };

    private static DocumentFormat.OpenXml.Spreadsheet.Font FontOf(bool bold, bool italic, double size, string? color = null)
    {
        var font = new DocumentFormat.OpenXml.Spreadsheet.Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (italic)
        {
            font.Append(new Italic());
        }

        font.Append(new FontSize { Val = size });
        if (color is not null)
        {
            font.Append(new Color { Rgb = color });
        }

        font.Append(new FontName { Val = "Arial" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static DocumentFormat.OpenXml.Spreadsheet.Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static Color Gray() => new() { Rgb = "FFA6A6A6" };

    public static UInt32Value Index(CellStyle style) => (uint)style;
}
