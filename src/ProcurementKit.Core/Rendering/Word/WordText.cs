using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Text;

namespace ProcurementKit.Rendering.Word;

/// <summary>Small factories for runs and paragraphs, so templates read as content rather than XML.</summary>
public static class WordText
{
    /// <summary>A run of text; line feeds become line breaks, spaces are kept, characters XML cannot carry are dropped.</summary>
    public static Run Run(string text, bool bold = false, bool italic = false, string? style = null)
    {
        var run = new Run();
        if (bold || italic || style is not null)
        {
            var properties = new RunProperties();
            if (style is not null)
            {
                properties.RunStyle = new RunStyle { Val = style };
            }

            if (bold)
            {
                properties.Bold = new Bold();
            }

            if (italic)
            {
                properties.Italic = new Italic();
            }

            run.RunProperties = properties;
        }

        var lines = XmlText.Clean(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.AppendChild(new Break());
            }

            run.AppendChild(new DocumentFormat.OpenXml.Wordprocessing.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    /// <summary>A paragraph in a style (null = Normal) holding runs, hyperlinks or other inline content.</summary>
    public static Paragraph ParagraphOf(string? style, params OpenXmlElement[] inlines)
    {
        var paragraph = new Paragraph();
        if (style is not null && style != WordStyleIds.Normal)
        {
            paragraph.ParagraphProperties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } };
        }

        paragraph.Append(inlines);
        return paragraph;
    }

    /// <summary>A paragraph of plain text in a style.</summary>
    public static Paragraph Paragraph(string text, string? style = null) => ParagraphOf(style, Run(text));

    /// <summary>A small empty paragraph that keeps a table from touching the text after it.</summary>
    public static Paragraph Spacer() => new(
        new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact }));

    /// <summary>A lead-in introduces what follows (a list, a table) and ends with a colon.</summary>
    public static bool IsLeadIn(string text) => text.TrimEnd().EndsWith(':');

    /// <summary>Keeps <paramref name="paragraph"/> on the page of the paragraph (or table row) after it.</summary>
    public static void KeepWithNext(Paragraph paragraph)
    {
        paragraph.ParagraphProperties ??= new ParagraphProperties();
        paragraph.ParagraphProperties.KeepNext ??= new KeepNext();
    }

    /// <summary>A paragraph holding a page break.</summary>
    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));
}
