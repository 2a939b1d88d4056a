using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Rendering.Word;
using ProcurementKit.Rendering.Word.Markdown;

namespace ProcurementKit.Rendering.Annex;

/// <summary>Writes the annex blocks with the shared Word building blocks.</summary>
internal static class AnnexWordWriter
{
    /// <summary>Clause headings, if any, sit below the requirement heading (Heading 3) and become bold paragraphs.</summary>
    private static readonly WordMarkdownOptions s_clause = new() { HeadingShift = 3 };

    public static void Write(Stream output, IReadOnlyList<AnnexBlock> blocks, WordDocumentOptions options)
    {
        using var document = WordDocument.Create(options);

        // Parts are A, B, C with sections A.1; the requirements count on their own (topic 1, requirement 1.1)
        // so Word shows exactly the numbers in selection.json.
        var outlines = new Dictionary<AnnexOutline, WordOutline>
        {
            [AnnexOutline.Parts] = document.Numbering.Outline(1, OutlineLevelFormat.UpperLetter("%1"), OutlineLevelFormat.Decimal("%1.%2")),
            [AnnexOutline.Requirements] = document.Numbering.Outline(2, OutlineLevelFormat.Decimal("%1"), OutlineLevelFormat.Decimal("%1.%2")),
        };
        foreach (var block in blocks)
        {
            switch (block)
            {
                case AnnexCoverLine line:
                    document.Paragraph(line.Text, line.IsTitle ? WordStyleIds.Title : WordStyleIds.Subtitle);
                    break;
                case AnnexContents contents:
                    document.TableOfContents(contents.Title, levels: 2);
                    break;
                case AnnexHeading heading:
                    document.Heading(heading.Level, heading.Text, heading.Anchor, outlines.GetValueOrDefault(heading.Outline));
                    break;
                case AnnexProse prose:
                    document.Markdown(prose.Markdown, prose.IsClause ? s_clause : null);
                    break;
                case AnnexMeta meta:
                    document.Append(WordText.ParagraphOf(WordStyleIds.Meta, [.. meta.Spans.Select(s => Inline(document, s))]));
                    break;
                case AnnexNote note:
                    document.Append(WordText.ParagraphOf(WordStyleIds.Note, WordText.Run(note.Label + " ", bold: true), WordText.Run(note.Text)));
                    break;
                case AnnexTable table:
                    document.Table(Table(document, table));
                    break;
            }
        }

        document.Save(output);
    }

    private static WordTable Table(WordDocument document, AnnexTable source)
    {
        var table = new WordTable(source.KeyValue ? WordStyleIds.KeyValueTable : WordStyleIds.Table, [.. source.Columns.Select(c => c.Width)]);
        if (!source.KeyValue)
        {
            table.Header([.. source.Columns.Select(c => c.Header)]);
        }

        foreach (var row in source.Rows)
        {
            table.Row([.. row.Select((cell, i) => Cell(document, cell, source.Columns[i].AlignRight))]);
        }

        return table;
    }

    private static TableCell Cell(WordDocument document, AnnexCell cell, bool alignRight)
    {
        var result = WordTable.Cell([.. cell.Spans.Select(s => Inline(document, s))]);
        if (alignRight)
        {
            var paragraph = result.Elements<Paragraph>().First();
            paragraph.ParagraphProperties ??= new ParagraphProperties();
            paragraph.ParagraphProperties.Justification = new Justification { Val = JustificationValues.Right };
        }

        return result;
    }

    private static OpenXmlElement Inline(WordDocument document, AnnexSpan span) =>
        span.Anchor is { } anchor ? document.InternalLink(anchor, span.Text) : WordText.Run(span.Text, span.Bold);
}
