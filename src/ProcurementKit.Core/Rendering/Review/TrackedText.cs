using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Rendering.Word;
using ProcurementKit.Review;

namespace ProcurementKit.Rendering.Review;

/// <summary>
/// Writes a word diff as Word paragraphs with tracked changes. A line break inside a deletion or insertion
/// becomes a deleted or inserted paragraph mark, so accepting or rejecting joins the paragraphs exactly as
/// the text had them. List lines (<see cref="ClauseLines"/>: "1.\tText", "\t•\tText") get a hanging indent.
/// </summary>
internal static partial class TrackedText
{
    private const int Step = 567;

    public static IReadOnlyList<Paragraph> Paragraphs(IReadOnlyList<DiffSegment> segments, WordRevisions revisions, string? style)
    {
        if (segments.Count == 0)
        {
            return [];
        }

        var paragraphs = new List<Paragraph>();
        var current = WordText.ParagraphOf(style);
        var (oldText, newText) = (new StringBuilder(), new StringBuilder());
        foreach (var segment in segments)
        {
            var lines = segment.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Length > 0)
                {
                    current.Append(segment.Operation switch
                    {
                        DiffOperation.Insert => revisions.Inserted(lines[i]),
                        DiffOperation.Delete => revisions.Deleted(lines[i]),
                        _ => WordRevisions.Kept(lines[i]),
                    });
                    if (segment.Operation != DiffOperation.Insert)
                    {
                        oldText.Append(lines[i]);
                    }

                    if (segment.Operation != DiffOperation.Delete)
                    {
                        newText.Append(lines[i]);
                    }
                }

                if (i < lines.Length - 1)
                {
                    paragraphs.Add(Finish(current, segment.Operation, revisions, newText.Length > 0 ? newText : oldText));
                    current = WordText.ParagraphOf(style);
                    (oldText, newText) = (new StringBuilder(), new StringBuilder());
                }
            }
        }

        paragraphs.Add(Finish(current, DiffOperation.Equal, revisions, newText.Length > 0 ? newText : oldText));
        return paragraphs;
    }

    /// <summary>A value diff in a table cell.</summary>
    public static TableCell Cell(string? old, string? @new, WordRevisions revisions) =>
        WordTable.Cell([.. Paragraphs(WordDiff.Compute(old ?? string.Empty, @new ?? string.Empty), revisions, WordStyleIds.TableText)]);

    private static Paragraph Finish(Paragraph paragraph, DiffOperation mark, WordRevisions revisions, StringBuilder text)
    {
        if (ListLine().Match(text.ToString()) is { Success: true } list)
        {
            // Hanging indent at the list text, with a tab stop per nesting level so the number or bullet lines up.
            var depth = list.Groups[1].Length + 1;
            paragraph.ParagraphProperties ??= new ParagraphProperties();
            paragraph.ParagraphProperties.Tabs = new Tabs(Enumerable.Range(1, depth)
                .Select(k => new TabStop { Val = TabStopValues.Left, Position = k * Step }));
            var indent = (depth * Step).ToString(CultureInfo.InvariantCulture);
            paragraph.ParagraphProperties.Indentation = new Indentation { Left = indent, Hanging = indent };
        }

        return mark switch
        {
            DiffOperation.Insert => revisions.MarkInserted(paragraph),
            DiffOperation.Delete => revisions.MarkDeleted(paragraph),
            _ => paragraph,
        };
    }

    [GeneratedRegex(@"^(\t*)(\d+[.)]|•)\t")]
    private static partial Regex ListLine();
}
