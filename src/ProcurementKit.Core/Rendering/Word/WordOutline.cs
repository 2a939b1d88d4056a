using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProcurementKit.Rendering.Word;

/// <summary>
/// A heading outline made by <see cref="WordNumbering.Outline"/>. Word draws the numbers; the outline also
/// counts along so the table of contents can show the same labels before Word updates it.
/// </summary>
public sealed class WordOutline
{
    private readonly IReadOnlyList<OutlineLevelFormat> _levels;
    private readonly int[] _counters;

    internal WordOutline(int numberingId, int firstHeadingLevel, IReadOnlyList<OutlineLevelFormat> levels)
    {
        NumberingId = numberingId;
        FirstHeadingLevel = firstHeadingLevel;
        _levels = levels;
        _counters = new int[levels.Count];
    }

    /// <summary>The numbering instance the heading paragraphs refer to.</summary>
    public int NumberingId { get; }

    /// <summary>The heading level that takes the outline's first level.</summary>
    public int FirstHeadingLevel { get; }

    /// <summary>The outline level of a heading level, or null when the outline does not reach it.</summary>
    public int? LevelOf(int headingLevel)
    {
        var level = headingLevel - FirstHeadingLevel;
        return level >= 0 && level < _levels.Count ? level : null;
    }

    /// <summary>Counts one heading at <paramref name="level"/> and returns its label as Word will show it ("A", "1.2").</summary>
    internal string Next(int level)
    {
        _counters[level]++;
        Array.Clear(_counters, level + 1, _counters.Length - level - 1);
        var text = _levels[level].Text;
        for (var i = level; i >= 0; i--)
        {
            text = text.Replace($"%{i + 1}", Format(_counters[i], _levels[i].Format), StringComparison.Ordinal);
        }

        return text;
    }

    private static string Format(int value, NumberFormatValues format)
    {
        if (format == NumberFormatValues.UpperLetter || format == NumberFormatValues.LowerLetter)
        {
            // Word repeats the letter after Z: AA, BB, ...
            var letter = (char)('A' + ((value - 1) % 26));
            var text = new string(letter, ((value - 1) / 26) + 1);
            return format == NumberFormatValues.LowerLetter ? text.ToLowerInvariant() : text;
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }
}
