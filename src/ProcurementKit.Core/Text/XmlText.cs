using System.Text;

namespace ProcurementKit.Text;

/// <summary>Text that any Open XML part can carry, whatever its source (a bidder's form may hold control characters).</summary>
public static class XmlText
{
    /// <summary>Drops characters XML 1.0 does not allow and cuts at <paramref name="maxLength"/> UTF-16 units without splitting a pair.</summary>
    public static string Clean(string text, int maxLength = int.MaxValue)
    {
        if (text.Length <= maxLength && !text.Any(c => !IsAllowed(c)))
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

    // Surrogates are judged as pairs by the slow path; everything else by the XML 1.0 Char production.
    private static bool IsAllowed(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xFFFD && !char.IsSurrogate(c));
}
