using System.Buffers;
using System.Text;

namespace ProcurementKit.Rendering.Annex;

/// <summary>
/// Makes data (names, titles, descriptions, reasons) safe to put into Markdown: it parses back as exactly
/// the same text, never as markup, wherever in a line it lands.
/// </summary>
internal static class MarkdownEscape
{
    // Markup anywhere in a line: emphasis, code, links, raw HTML, tables, headings, entities, our placeholders,
    // and what pandoc reads in annex.md (math, superscript, citations, definition lists, autolink schemes).
    private static readonly SearchValues<char> s_inline = SearchValues.Create("\\`*_[]<>|#~!{}&$^@:");

    // Markup only where a line starts: list items, thematic breaks, setext underlines.
    private static readonly SearchValues<char> s_lineStart = SearchValues.Create("-+=");

    /// <param name="text">The data; line breaks become spaces.</param>
    /// <param name="mayStartLine">True where the text can land at the start of a line (a template field):
    /// then "- ", "+ ", "1. " and the like are escaped too; inside a table cell or after a label they are plain.</param>
    public static string Text(string text, bool mayStartLine = false)
    {
        var value = text.ReplaceLineEndings(" ");
        var leading = value.Length - value.AsSpan().TrimStart(" \t").Length;
        var trailingFrom = value.AsSpan().TrimEnd(" \t").Length;
        var orderedMarker = mayStartLine ? OrderedListMarker(value, leading) : -1;
        var result = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (i < leading || i >= Math.Max(trailingFrom, leading))
            {
                // Spaces and tabs at the ends would be trimmed (or start a code block); as entities they stay text.
                result.Append("&#").Append((int)c).Append(';');
                continue;
            }

            if (s_inline.Contains(c) || (mayStartLine && i == leading && s_lineStart.Contains(c)) || i == orderedMarker || IsWwwDot(value, i))
            {
                result.Append('\\');
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>The index of the "." or ")" of "12." / "3)" at the start (an ordered list item), else -1.</summary>
    private static int OrderedListMarker(string value, int start)
    {
        var i = start;
        while (i < value.Length && char.IsAsciiDigit(value[i]))
        {
            i++;
        }

        return i > start && i - start <= 9 && i < value.Length && value[i] is '.' or ')' ? i : -1;
    }

    /// <summary>"www." starts an autolink in Markdig; an escaped dot keeps it text.</summary>
    private static bool IsWwwDot(string value, int i) =>
        value[i] == '.' && i >= 3 && value.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase)
        && (i == 3 || !char.IsLetterOrDigit(value[i - 4]));
}
