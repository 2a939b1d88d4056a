namespace ProcurementKit.Rendering.Excel;

/// <summary>
/// Estimates the height a row of wrapped text needs. Excel does not fit row heights when it opens a
/// file, so a long requirement title would otherwise show as one cut-off line.
/// </summary>
internal static class RowHeights
{
    /// <summary>One line of 10-point Arial, in points.</summary>
    public const double Line = 12.75;

    // Average characters of 10-point Arial per unit of column width (measured on German prose).
    private const double CharactersPerWidth = 1.1;

    private const int MaxLines = 30;

    public static bool Wraps(CellStyle style) => style is CellStyle.Label or CellStyle.Header or CellStyle.Text or CellStyle.Note
        or CellStyle.TotalLabel or CellStyle.InputText or CellStyle.InputBidder or CellStyle.Warning;

    public static double Estimate(IEnumerable<(string Text, double Width)> cells)
    {
        var lines = cells.Select(c => LinesOf(c.Text, c.Width)).DefaultIfEmpty(1).Max();
        return Math.Min(lines, MaxLines) * Line + (lines > 1 ? 2 : 0);
    }

    private static int LinesOf(string text, double width)
    {
        var perLine = Math.Max(1, (int)(width * CharactersPerWidth) - 1);
        var lines = 0;
        foreach (var paragraph in text.AsSpan().Split('\n'))
        {
            lines += Math.Max(1, WrappedLines(text.AsSpan(paragraph), perLine));
        }

        return lines;
    }

    // Word wrap as the application does it: a word that does not fit starts a new line.
    private static int WrappedLines(ReadOnlySpan<char> paragraph, int perLine)
    {
        var lines = 1;
        var used = 0;
        foreach (var word in paragraph.Split(' '))
        {
            var length = word.End.Value - word.Start.Value;
            if (used > 0 && used + 1 + length > perLine)
            {
                lines++;
                used = 0;
            }

            used += (used > 0 ? 1 : 0) + length;
            while (used > perLine)
            {
                lines++;
                used -= perLine;
            }
        }

        return lines;
    }
}
