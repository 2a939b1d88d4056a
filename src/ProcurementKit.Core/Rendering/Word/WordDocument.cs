using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Packaging;
using ProcurementKit.Rendering.Word.Markdown;

namespace ProcurementKit.Rendering.Word;

/// <summary>
/// Builds one Word document in memory: styles, numbering, header/footer, properties and settings are set
/// up by <see cref="Create"/>; content is appended in reading order; <see cref="Save"/> writes the
/// package deterministically (fixed zip timestamps, ids in creation order, no clock). Blocks appended after
/// the table of contents are written out at once (<see cref="WordBodyStream"/>), so a block is complete
/// when it is appended.
/// </summary>
/// <example>
/// <code>
/// using var doc = WordDocument.Create(new WordDocumentOptions { Language = Language.German, Title = "Anlage" });
/// var parts = doc.Numbering.Outline(1, new OutlineLevel(NumberFormatValues.UpperLetter, "%1"));
/// doc.TableOfContents("Inhalt");
/// doc.Heading(1, "Vorbemerkungen", anchor: "remarks", outline: parts);
/// doc.Markdown("Der **Auftragnehmer** muss ...");
/// doc.Save(stream);
/// </code>
/// </example>
public sealed class WordDocument : IDisposable
{
    private readonly MemoryStream _buffer = new();
    private readonly WordprocessingDocument _package;
    private readonly MainDocumentPart _main;
    private readonly Body _body;
    private readonly SectionProperties _section;
    private readonly WordDocumentOptions _options;
    private readonly WordBookmarks _bookmarks = new([]);
    private readonly IReadOnlyList<OpenXmlElement> _templateAfter = [];
    private readonly Dictionary<string, TocHeading> _headings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _links = new(StringComparer.Ordinal);
    private readonly List<OpenXmlPartRootElement> _frames = [];
    private readonly IReadOnlyDictionary<string, string> _styleMap;
    private readonly int _templateBlocks;
    private WordTableOfContents? _toc;
    private WordBodyStream? _written;
    private bool _saved;

    private WordDocument(WordDocumentOptions options)
    {
        _options = options;
        if (options.Template is { } template)
        {
            _package = WordTemplate.Open(_buffer, template);
            _main = _package.MainDocumentPart!;
            var prepared = WordTemplate.Prepare(_package, options.TemplateFields);
            _section = prepared.Section;
            _templateAfter = prepared.After;
            _bookmarks = new WordBookmarks(prepared.BookmarkNames);
            _styleMap = WordStyles.MergeInto(_main, options.Language, WordTemplate.TextWidth(_section));
            var (abstractId, numId) = WordTemplate.FreeNumberingIds(_main);
            Numbering = new WordNumbering(abstractId, numId);
        }
        else
        {
            _package = WordprocessingDocument.Create(_buffer, WordprocessingDocumentType.Document);
            // A fixed relationship id: AddMainDocumentPart() would pick a random one.
            _main = _package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdDocument");
            _main.Document = new Document(new Body());
            WordStyles.AddTo(_main, options.Language);
            _section = DefaultSection(titlePage: options.HeaderMarker.Length == 0);
            _styleMap = new Dictionary<string, string>();
            Numbering = new WordNumbering(1, 1);
        }

        _body = _main.Document!.Body!;
        _templateBlocks = _body.ChildElements.Count;
        AddFrame();
        WordSettings.Apply(_main, WordStyles.LanguageTag(options.Language), updateFieldsOnOpen: options.ContentsPages is null);
    }

    /// <summary>Lists and heading outlines of this document.</summary>
    public WordNumbering Numbering { get; }

    public Language Language => _options.Language;

    /// <summary>The width between the margins of the document's section (the template's, else A4), in twips.</summary>
    public int TextWidth => WordTemplate.TextWidth(_section);

    /// <summary>Starts a document with the built-in look, or with <see cref="WordDocumentOptions.Template"/>.</summary>
    public static WordDocument Create(WordDocumentOptions options) => new(options);

    /// <summary>Appends a block (paragraph, table) to the body; after the table of contents it is written out at once.</summary>
    public void Append(OpenXmlElement block)
    {
        ObjectDisposedException.ThrowIf(_saved, this);
        if (_written is null)
        {
            _body.Append(block);
            return;
        }

        // Everything the save would do to the block in the tree happens now: style ids mapped to the
        // template's, headings noted for the table of contents.
        WordStyles.Remap(block.Descendants().Prepend(block), _styleMap);
        if (block is Paragraph paragraph)
        {
            _toc?.Observe(paragraph, _headings);
        }

        _written.Write(block);
    }

    /// <summary>Appends a paragraph of plain text; after the table of contents it is already written out when returned.</summary>
    public Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = WordText.Paragraph(text, style);
        Append(paragraph);
        return paragraph;
    }

    /// <summary>Appends a table and a small spacer so the following text does not touch it.</summary>
    public void Table(WordTable table)
    {
        Append(table.ToTable(TextWidth));
        Append(WordText.Spacer());
    }

    /// <summary>
    /// Appends a table of plain-text cells and a spacer; when the body streams, its rows are written straight
    /// into the XML without an element tree (same bytes as <see cref="WordTextTable.ToTable"/>).
    /// </summary>
    public void Table(WordTextTable table)
    {
        ObjectDisposedException.ThrowIf(_saved, this);
        if (_written is null)
        {
            Append(table.ToTable(TextWidth));
        }
        else
        {
            _written.Write(writer => table.WriteTo(writer, _styleMap, TextWidth));
        }

        Append(WordText.Spacer());
    }

    /// <summary>
    /// From here on, appended blocks are written out at once, as after a table of contents: for long documents
    /// without one (the evaluation report), so they never hold their whole element tree. A document that
    /// streams can have no table of contents.
    /// </summary>
    public void StreamBlocks()
    {
        ObjectDisposedException.ThrowIf(_saved, this);
        if (_written is not null)
        {
            return;
        }

        _written = new WordBodyStream(_main.Document!);
        _body.Append(_written.Placeholder);
    }

    /// <summary>
    /// Appends a heading; see <see cref="CreateHeading"/>. After the table of contents it is already written out
    /// when returned: to change it, use <see cref="CreateHeading"/> and append it when done.
    /// </summary>
    public Paragraph Heading(int level, string text, string? anchor = null, WordOutline? outline = null)
    {
        var heading = CreateHeading(level, text, anchor, outline);
        Append(heading);
        return heading;
    }

    /// <summary>
    /// A heading paragraph (Heading 1-3) with a bookmark: <paramref name="anchor"/> names it for
    /// <see cref="InternalLink"/>; an <paramref name="outline"/> numbers it through Word numbering.
    /// </summary>
    public Paragraph CreateHeading(int level, string text, string? anchor = null, WordOutline? outline = null)
    {
        var paragraph = WordText.ParagraphOf(WordStyleIds.Heading(level), WordText.Run(text));
        var label = string.Empty;
        if (outline?.LevelOf(level) is int outlineLevel)
        {
            paragraph.ParagraphProperties!.NumberingProperties = WordNumbering.Item(outline.NumberingId, outlineLevel);
            label = outline.Next(outlineLevel);
        }

        var name = anchor is null ? _bookmarks.NextTocName() : _bookmarks.NameFor(anchor);
        _bookmarks.Wrap(paragraph, name);
        _headings[name] = new TocHeading(level, label, name);
        return paragraph;
    }

    /// <summary>Appends a titled table of contents of headings down to <paramref name="levels"/>; filled on save.</summary>
    public void TableOfContents(string title, int levels = 2)
    {
        if (_toc is not null)
        {
            throw new InvalidOperationException("a document has one table of contents");
        }

        if (_written is not null)
        {
            throw new InvalidOperationException("the table of contents must come before the body streams (StreamBlocks)");
        }

        Paragraph(title, WordStyleIds.TocHeading);
        _toc = WordTableOfContents.Create(levels);
        Append(_toc.Placeholder);
        StreamBlocks();
    }

    /// <summary>A link to the heading created with <paramref name="anchor"/>.</summary>
    public Hyperlink InternalLink(string anchor, string text) =>
        new(WordText.Run(text, style: WordStyleIds.Hyperlink)) { Anchor = _bookmarks.NameFor(anchor), History = true };

    /// <summary>A link to a web address; anything that is not an absolute URI stays plain text.</summary>
    public OpenXmlElement ExternalLink(string url, string text)
    {
        if (NewExternalLink(url) is not { } link)
        {
            return WordText.Run(text);
        }

        link.Append(WordText.Run(text, style: WordStyleIds.Hyperlink));
        return link;
    }

    /// <summary>Appends Markdown (paragraphs, emphasis, code, lists, pipe tables, links, quotes); raw HTML stays text.</summary>
    public void Markdown(string markdown, WordMarkdownOptions? options = null)
    {
        foreach (var block in MarkdownBlocks(markdown, options))
        {
            Append(block);
        }
    }

    /// <summary>Markdown as blocks, e.g. to put into a table cell.</summary>
    public IReadOnlyList<OpenXmlElement> MarkdownBlocks(string markdown, WordMarkdownOptions? options = null) =>
        WordMarkdownRenderer.Render(this, markdown, options ?? WordMarkdownOptions.Default);

    /// <summary>Finishes the document and writes it to <paramref name="output"/>; a document is saved once.</summary>
    public void Save(Stream output)
    {
        ObjectDisposedException.ThrowIf(_saved, this);
        _saved = true;
        _toc?.Fill(_body, _headings, Language == Language.German ? "Keine Überschriften gefunden." : "No headings found.", _options.ContentsPages);
        if (!Numbering.IsEmpty)
        {
            var part = _main.NumberingDefinitionsPart ?? _main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering");
            part.Numbering ??= new Numbering();
            Numbering.WriteTo(part.Numbering);
        }

        WordStyles.Remap(_body.ChildElements.Skip(_templateBlocks).SelectMany(e => e.Descendants().Prepend(e)), _styleMap);
        WordStyles.Remap(_frames.SelectMany(f => f.Descendants()), _styleMap);
        _body.Append(_templateAfter);
        _body.Append(_section);
        WordProperties.Write(_package, _options);
        var mainPart = _main.Uri.OriginalString.TrimStart('/');
        _package.Dispose();
        if (_written is null && _options.Template is null)
        {
            DeterministicZip.Normalize(_buffer, output);
        }
        else
        {
            WordBodySplice.Write(_buffer, mainPart, _written, output);
        }
    }

    public void Dispose()
    {
        _package.Dispose();
        _written?.Dispose();
        _buffer.Dispose();
    }

    /// <summary>An internal hyperlink without content, for renderers that fill it.</summary>
    internal Hyperlink NewInternalLink(string anchor) => new() { Anchor = _bookmarks.NameFor(anchor), History = true };

    /// <summary>An external hyperlink without content; one relationship per distinct address, ids in order of use.</summary>
    internal Hyperlink? NewExternalLink(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        if (!_links.TryGetValue(url, out var id))
        {
            id = $"rIdLink{_links.Count + 1}";
            _main.AddHyperlinkRelationship(uri, true, id);
            _links[url] = id;
        }

        return new Hyperlink { Id = id, History = true };
    }

    private void AddFrame()
    {
        if (!WordTemplate.HasFooter(_section))
        {
            _section.PrependChild(WordHeaderFooter.AddFooter(_main, _options.FooterLeft, Language));
            _frames.Add(_main.FooterParts.Single(p => _main.GetIdOfPart(p) == "rIdFooter").Footer!);
        }

        if (!WordTemplate.HasHeader(_section))
        {
            _section.PrependChild(WordHeaderFooter.AddHeader(_main, _options.HeaderLeft, _options.HeaderRight, _options.HeaderMarker));
            _frames.Add(_main.HeaderParts.Single(p => _main.GetIdOfPart(p) == "rIdHeader").Header!);
        }
    }

    /// <summary>A4 portrait; with <paramref name="titlePage"/> the first page (cover) has no header or footer.</summary>
    private static SectionProperties DefaultSection(bool titlePage)
    {
        var section = new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1418, Right = 1134U, Bottom = 1134, Left = 1418U, Header = 709U, Footer = 567U, Gutter = 0U });
        if (titlePage)
        {
            section.Append(new TitlePage());
        }

        return section;
    }
}
