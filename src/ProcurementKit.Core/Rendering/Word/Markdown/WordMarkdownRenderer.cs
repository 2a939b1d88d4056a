using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using ProcurementKit.Rendering.Word.Markdown.Blocks;
using ProcurementKit.Rendering.Word.Markdown.Inlines;

namespace ProcurementKit.Rendering.Word.Markdown;

/// <summary>
/// Renders Markdig's syntax tree into Word blocks, one object renderer per node type (see the Blocks and
/// Inlines renderers). Keeps the state they share: where blocks go, the open paragraph, the run format,
/// the lists and quotes the text is in. Raw HTML is parsed but always written as literal text.
/// </summary>
internal sealed class WordMarkdownRenderer : RendererBase
{
    /// <summary>CommonMark plus pipe tables and bare-URL links; shared and immutable.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoLinks().Build();

    private readonly Stack<OpenXmlCompositeElement> _containers = new();
    private readonly Stack<OpenXmlCompositeElement> _inlines = new();
    private readonly Stack<(int NumId, int Level)> _lists = new();
    private Paragraph? _lastParagraph;
    private bool _itemStart;
    private int _bold;
    private int _italic;
    private int _link;
    private int _cells;

    private WordMarkdownRenderer(WordDocument document, WordMarkdownOptions options)
    {
        Document = document;
        Options = options;
        ObjectRenderers.AddRange(
        [
            new ParagraphRenderer(), new HeadingRenderer(), new ListRenderer(), new QuoteBlockRenderer(), new TableRenderer(),
            new CodeBlockRenderer(), new HtmlBlockRenderer(), new ThematicBreakRenderer(), new LinkReferenceDefinitionGroupRenderer(),
            new LiteralInlineRenderer(), new EmphasisInlineRenderer(), new CodeInlineRenderer(), new LinkInlineRenderer(),
            new AutolinkInlineRenderer(), new LineBreakInlineRenderer(), new HtmlInlineRenderer(), new HtmlEntityInlineRenderer(),
        ]);
    }

    public WordDocument Document { get; }

    public WordMarkdownOptions Options { get; }

    public int ListDepth => _lists.Count;

    public bool InTableCell => _cells > 0;

    public int QuoteDepth { get; set; }

    public static IReadOnlyList<OpenXmlElement> Render(WordDocument document, string markdown, WordMarkdownOptions options)
    {
        var root = new Body();
        var renderer = new WordMarkdownRenderer(document, options);
        renderer._containers.Push(root);
        renderer.Render(Markdig.Markdown.Parse(markdown.Replace("\r\n", "\n", StringComparison.Ordinal), Pipeline));
        var blocks = root.ChildElements.ToList();
        root.RemoveAllChildren();
        return blocks;
    }

    public override object Render(MarkdownObject markdownObject)
    {
        Write(markdownObject);
        return _containers.Peek();
    }

    public void AppendBlock(OpenXmlElement block) => _containers.Peek().Append(block);

    /// <summary>Blocks written until <see cref="PopContainer"/> go into <paramref name="container"/> (a table cell).</summary>
    public void PushContainer(OpenXmlCompositeElement container, bool isCell)
    {
        _containers.Push(container);
        _cells += isCell ? 1 : 0;
    }

    public void PopContainer(bool isCell)
    {
        _containers.Pop();
        _cells -= isCell ? 1 : 0;
    }

    /// <summary>Opens a paragraph styled for where it stands: list item, quote, table cell or body.</summary>
    public Paragraph OpenParagraph(string? style = null)
    {
        var properties = new ParagraphProperties();
        if (_lists.Count > 0)
        {
            var (numId, level) = _lists.Peek();
            properties.ParagraphStyleId = new ParagraphStyleId { Val = WordStyleIds.ListParagraph };
            if (_itemStart)
            {
                properties.NumberingProperties = WordNumbering.Item(numId, level);
                _itemStart = false;
            }
            else
            {
                properties.Indentation = new Indentation { Left = WordNumbering.TextIndent(level).ToString(System.Globalization.CultureInfo.InvariantCulture) };
            }
        }
        else
        {
            var chosen = style ?? (QuoteDepth > 0 ? WordStyleIds.Quote : _cells > 0 ? WordStyleIds.TableText : Options.ParagraphStyle);
            if (chosen is not null && chosen != WordStyleIds.Normal)
            {
                properties.ParagraphStyleId = new ParagraphStyleId { Val = chosen };
            }
        }

        var paragraph = new Paragraph();
        if (properties.HasChildren)
        {
            paragraph.ParagraphProperties = properties;
        }

        AppendBlock(paragraph);
        _inlines.Push(paragraph);
        _lastParagraph = paragraph;
        return paragraph;
    }

    /// <summary>Gives the paragraph written last the normal space after it, e.g. the last item of a list.</summary>
    public void SpaceAfterLastParagraph()
    {
        if (_lastParagraph is null)
        {
            return;
        }

        _lastParagraph.ParagraphProperties ??= new ParagraphProperties();
        _lastParagraph.ParagraphProperties.SpacingBetweenLines = new SpacingBetweenLines { After = "120" };
    }

    public void CloseParagraph() => _inlines.Pop();

    /// <summary>Writes the inline content of a paragraph or heading into the open paragraph.</summary>
    public void WriteInlines(LeafBlock block)
    {
        if (block.Inline is { } inline)
        {
            WriteChildren(inline);
        }
    }

    public void BeginList(int numId, int level) => _lists.Push((numId, level));

    public void EndList() => _lists.Pop();

    /// <summary>The next paragraph opened is the first of a list item and carries the number or bullet.</summary>
    public void BeginListItem() => _itemStart = true;

    /// <summary>Writes text as a run in the current format (bold, italic, link) and optional character style.</summary>
    public void WriteText(string text, string? style = null)
    {
        if (text.Length == 0)
        {
            return;
        }

        var run = WordText.Run(text, _bold > 0, _italic > 0, style ?? (_link > 0 ? WordStyleIds.Hyperlink : null));
        _inlines.Peek().Append(run);
    }

    public void WriteBreak() => _inlines.Peek().Append(new Run(new Break()));

    public void PushFormat(bool bold, bool italic)
    {
        _bold += bold ? 1 : 0;
        _italic += italic ? 1 : 0;
    }

    public void PopFormat(bool bold, bool italic)
    {
        _bold -= bold ? 1 : 0;
        _italic -= italic ? 1 : 0;
    }

    /// <summary>Inline content written until <see cref="EndLink"/> goes into the hyperlink.</summary>
    public void BeginLink(Hyperlink link)
    {
        _inlines.Peek().Append(link);
        _inlines.Push(link);
        _link++;
    }

    public void EndLink()
    {
        _inlines.Pop();
        _link--;
    }
}
