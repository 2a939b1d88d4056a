using System.Text;

namespace ProcurementKit.Rendering.Excel;

/// <summary>Makes any text — including a bidder's — safe to store as a cell string.</summary>
internal static class ExcelText
{
    /// <summary>Excel's limit for one cell.</summary>
    public const int MaxLength = 32_767;

    /// <summary>Drops characters XML 1.0 cannot carry (a crafted form may contain them) and cuts at the cell limit.</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            var allowed = v is 0x9 or 0xA or 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000;
            if (allowed)
            {
                if (builder.Length + rune.Utf16SequenceLength > MaxLength)
                {
                    break;
                }

                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }
}
