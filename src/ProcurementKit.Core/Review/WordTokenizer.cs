using System.Text.RegularExpressions;

namespace ProcurementKit.Review;

/// <summary>
/// Splits text into the units a reviewer thinks in: words (with umlauts and digits), placeholders such as
/// <c>{{support-period-years}}</c>, runs of spaces, line breaks and single punctuation marks. Joining the
/// tokens gives the text back unchanged, which is what lets accept/reject reproduce both versions exactly.
/// </summary>
internal static partial class WordTokenizer
{
    public static IReadOnlyList<string> Split(string text) =>
        [.. Token().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\{[^{}\n]*\}\}|[\p{L}\p{M}\p{N}_]+|\n|[^\S\n]+|.", RegexOptions.Singleline)]
    private static partial Regex Token();
}
