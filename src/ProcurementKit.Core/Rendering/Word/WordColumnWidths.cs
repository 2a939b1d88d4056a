using System.Text.RegularExpressions;

namespace ProcurementKit.Rendering.Word;

/// <summary>
/// Column widths as fractions of the section's text width, widened where a header label's longest word would
/// otherwise break inside the word ("Gewic|ht"). Word widths are estimated with Arial Bold's metrics (the
/// header font; Helvetica's published widths), which are on the wide side for most template fonts.
/// </summary>
public static partial class WordColumnWidths
{
    /// <summary>Point size of table text (PK Table: 9 pt), with room for a template font wider than Arial (a serif fallback: about a fifth).</summary>
    private const double HeaderPoints = 9 * 1.25;

    /// <summary>Left and right cell margin of the table styles (85 twips each) plus a little air.</summary>
    private const int CellPadding = 2 * 85 + 30;

    /// <summary>
    /// Widths in twips that sum exactly to <paramref name="textWidth"/>: proportional to <paramref name="relative"/>,
    /// but never narrower than <paramref name="minimum"/> while the minimums fit; the other columns give way.
    /// </summary>
    public static int[] Fit(IReadOnlyList<int> relative, IReadOnlyList<int> minimum, int textWidth)
    {
        var count = relative.Count;
        var widths = new double[count];
        var fixedColumns = new bool[count];
        if (minimum.Sum() >= textWidth)
        {
            // Not every label fits on this page: share the width by what each label needs.
            var need = minimum.Select(m => Math.Max(m, 1)).ToArray();
            return Whole([.. need.Select(n => (double)textWidth * n / need.Sum())], textWidth);
        }

        while (true)
        {
            var free = Enumerable.Range(0, count).Where(i => !fixedColumns[i]).ToList();
            var left = textWidth - Enumerable.Range(0, count).Where(i => fixedColumns[i]).Sum(i => minimum[i]);
            var share = free.Sum(i => Math.Max(relative[i], 1));
            var narrow = new List<int>();
            foreach (var i in free)
            {
                widths[i] = (double)left * Math.Max(relative[i], 1) / share;
                if (widths[i] < minimum[i])
                {
                    narrow.Add(i);
                }
            }

            if (narrow.Count == 0)
            {
                foreach (var i in Enumerable.Range(0, count).Where(i => fixedColumns[i]))
                {
                    widths[i] = minimum[i];
                }

                return Whole(widths, textWidth);
            }

            foreach (var i in narrow)
            {
                fixedColumns[i] = true;
            }
        }
    }

    /// <summary>
    /// The width a header label needs so that no word of it is broken: its widest word, where lines may break
    /// at spaces and after hyphens or slashes ("Kommunikations-|sicherheit").
    /// </summary>
    public static int LabelMinimum(string label)
    {
        var widest = WordPieces().Split(label).Where(p => p.Length > 0).Select(Width).DefaultIfEmpty(0).Max();
        return widest == 0 ? 0 : (int)Math.Ceiling(widest) + CellPadding;
    }

    /// <summary>Width in twips of <paramref name="word"/> in bold Arial at the header size.</summary>
    private static double Width(string word) =>
        word.Sum(c => ArialBold(c)) / 1000.0 * HeaderPoints * 20;

    private static int[] Whole(double[] widths, int textWidth)
    {
        var result = widths.Select(w => (int)Math.Floor(w)).ToArray();
        result[^1] += textWidth - result.Sum();
        return result;
    }

    /// <summary>Helvetica-Bold advance widths (1/1000 em), which Arial shares; umlauts as their base letter.</summary>
    private static int ArialBold(char c) => char.ToLowerInvariant(c) == c && char.IsLetter(c)
        ? c switch
        {
            'f' or 't' => 333,
            'i' or 'j' or 'l' => 278,
            'r' => 389,
            'm' => 889,
            'w' => 778,
            'z' => 500,
            'a' or 'c' or 'e' or 'k' or 's' or 'v' or 'x' or 'y' or 'ä' => 556,
            _ => 611,
        }
        : c switch
        {
            'I' => 278,
            'J' => 556,
            'M' => 833,
            'W' => 944,
            'E' or 'P' or 'S' or 'V' or 'X' or 'Y' => 667,
            'F' or 'L' or 'T' or 'Z' => 611,
            'G' or 'O' or 'Q' or 'Ö' => 778,
            _ when char.IsUpper(c) => 722,
            _ when char.IsDigit(c) => 556,
            '.' or ',' or '/' or ' ' => 278,
            '-' or '(' or ')' or ':' => 333,
            _ => 611,
        };

    // Pieces between break opportunities: spaces, and the hyphen or slash stays with the piece before it.
    [GeneratedRegex(@"\s+|(?<=[-/\u2010])")]
    private static partial Regex WordPieces();
}
