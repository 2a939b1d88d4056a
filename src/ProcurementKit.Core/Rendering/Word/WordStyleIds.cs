namespace ProcurementKit.Rendering.Word;

/// <summary>
/// The style ids every ProcurementKit document may use. They are Word's own English ids (and PK* for ours);
/// with a template, <see cref="WordDocument"/> maps them to the template's ids by style name on save.
/// </summary>
public static class WordStyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string TocHeading = "TOCHeading";
    public const string ListParagraph = "ListParagraph";
    public const string Quote = "Quote";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Hyperlink = "Hyperlink";
    public const string Strong = "Strong";

    /// <summary>Inline code (character style).</summary>
    public const string Code = "PkCode";

    /// <summary>Fenced or indented code blocks.</summary>
    public const string CodeBlock = "PkCodeBlock";

    /// <summary>Paragraphs inside table cells: smaller, tight spacing.</summary>
    public const string TableText = "PkTableText";

    /// <summary>A small line under a heading, e.g. "MUSS (A) · Lose 1, 2".</summary>
    public const string Meta = "PkMeta";

    /// <summary>A shaded note with a bar on the left, e.g. the evidence a bidder submits.</summary>
    public const string Note = "PkNote";

    /// <summary>Bordered grid with a shaded, repeating header row.</summary>
    public const string Table = "PkTable";

    /// <summary>Label/value pairs: horizontal rules only, bold first column.</summary>
    public const string KeyValueTable = "PkKeyValueTable";

    /// <summary>The style id of a heading level (1-3; deeper levels use Heading 3).</summary>
    public static string Heading(int level) => level switch
    {
        <= 1 => Heading1,
        2 => Heading2,
        _ => Heading3,
    };

    /// <summary>The style id of a table-of-contents level (toc 1 .. toc 3).</summary>
    public static string Toc(int level) => $"TOC{Math.Clamp(level, 1, 3)}";
}
