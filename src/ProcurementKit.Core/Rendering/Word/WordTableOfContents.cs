using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProcurementKit.Rendering.Word;

/// <summary>A heading as the table of contents lists it: level, number label (may be empty) and bookmark.</summary>
internal sealed record TocHeading(int Level, string Label, string Bookmark);

/// <summary>
/// A TOC field. Its cached text lists every heading as a link, with the page it starts on when a layout pass
/// measured it (LibreOffice and viewers show this text as it is). Without measured pages the field is dirty
/// and Word rebuilds it with page numbers on open (updateFields).
/// </summary>
internal sealed class WordTableOfContents(Paragraph placeholder, int levels)
{
    private readonly List<(string Bookmark, string Text)> _written = [];

    public Paragraph Placeholder { get; } = placeholder;

    public static WordTableOfContents Create(int levels) => new(WordText.ParagraphOf(WordStyleIds.Toc(1)), levels);

    /// <summary>
    /// Notes a heading of a block that was written out before save (<see cref="WordBodyStream"/>); such blocks
    /// come after every paragraph still in the body.
    /// </summary>
    public void Observe(Paragraph paragraph, IReadOnlyDictionary<string, TocHeading> headings)
    {
        if (Candidate(paragraph, headings) is { } candidate)
        {
            _written.Add(candidate);
        }
    }

    /// <param name="pages">The page of each heading by bookmark, when a layout pass measured them; null leaves the numbers to Word.</param>
    public void Fill(Body body, IReadOnlyDictionary<string, TocHeading> headings, string emptyText, IReadOnlyDictionary<string, int>? pages = null)
    {
        var entries = new List<Paragraph>();
        foreach (var (bookmark, text) in body.Elements<Paragraph>().Select(p => Candidate(p, headings)).OfType<(string, string)>().Concat(_written))
        {
            if (headings[bookmark] is { } heading && heading.Level <= levels)
            {
                entries.Add(Entry(heading, text, pages?.GetValueOrDefault(bookmark)));
            }
        }

        if (entries.Count == 0)
        {
            entries.Add(WordText.Paragraph(emptyText, WordStyleIds.Toc(1)));
        }

        entries[0].InsertAfter(WordFields.Instruction($"TOC \\o \"1-{levels}\" \\h \\z \\u"), entries[0].ParagraphProperties);
        entries[0].InsertAfter(WordFields.Begin(dirty: pages is null), entries[0].ParagraphProperties);
        entries[0].InsertAfter(WordFields.Separate(), entries[0].Elements<Run>().ElementAt(1));
        entries[^1].Append(WordFields.End());
        foreach (var entry in entries)
        {
            Placeholder.InsertBeforeSelf(entry);
        }

        Placeholder.Remove();
    }

    /// <summary>The bookmark and text of a paragraph that is a heading.</summary>
    private static (string Bookmark, string Text)? Candidate(Paragraph paragraph, IReadOnlyDictionary<string, TocHeading> headings)
    {
        var bookmark = paragraph.Elements<BookmarkStart>().Select(b => b.Name?.Value).FirstOrDefault(n => n is not null && headings.ContainsKey(n));
        return bookmark is null ? null : (bookmark, string.Concat(paragraph.Elements<Run>().Select(r => r.InnerText)));
    }

    private static Paragraph Entry(TocHeading heading, string text, int? page)
    {
        var link = new Hyperlink { Anchor = heading.Bookmark, History = true };
        if (heading.Label.Length > 0)
        {
            link.Append(WordText.Run(heading.Label), new Run(new TabChar()));
        }

        // No PAGEREF in the cached entries: LibreOffice shows a TOC's cached text as it is and never
        // computes fields inside it, so page numbers there would stay blank behind dot leaders. A measured
        // page is written as text after the style's dot-leader tab; without one Word rebuilds the whole TOC
        // with page numbers on open (updateFields).
        link.Append(WordText.Run(text));
        if (page is > 0)
        {
            link.Append(new Run(new TabChar()), WordText.Run(page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return WordText.ParagraphOf(WordStyleIds.Toc(heading.Level), link);
    }
}
