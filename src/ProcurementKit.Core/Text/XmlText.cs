using System.Buffers;
using System.Text;

namespace ProcurementKit.Text;

/// <summary>Text that any Open XML part can carry, whatever its source (a bidder's form may hold control characters).</summary>
public static class XmlText
{
    // Characters the fast path cannot pass: controls other than tab and line breaks, U+FFFE/U+FFFF, and
    // surrogates, which the slow path judges as pairs (XML 1.0 Char production). Searching with
    // SearchValues keeps long bidder texts (an evaluation holds megabytes of them) cheap.
    private static readonly SearchValues<char> s_suspect = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not (0x9 or 0xA or 0xD)).Select(c => (char)c),
         .. Enumerable.Range(0xD800, 0x800).Select(c => (char)c), '\uFFFE', '\uFFFF']);

    /// <summary>Drops characters XML 1.0 does not allow and cuts at <paramref name="maxLength"/> UTF-16 units without splitting a pair.</summary>
    public static string Clean(string text, int maxLength = int.MaxValue)
    {
        if (text.Length <= maxLength && !text.AsSpan().ContainsAny(s_suspect))
        {
            return text;
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            var allowed = v is 0x9 or 0xA or 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000;
            if (!allowed)
            {
                continue;
            }

            if (builder.Length + rune.Utf16SequenceLength > maxLength)
            {
                break;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

}
