using System.Text;

namespace ProcurementKit.Rendering.Annex;

/// <summary>Makes data (names, titles, reasons) safe to put into Markdown: it reads as the same text, never as markup.</summary>
internal static class MarkdownEscape
{
    private const string Special = "\\`*_[]<>|#~!";

    public static string Text(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                result.Append('\\');
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
