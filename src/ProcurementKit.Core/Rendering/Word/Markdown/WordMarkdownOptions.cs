namespace ProcurementKit.Rendering.Word.Markdown;

/// <summary>How Markdown maps onto the document: heading levels, heading numbering, body paragraph style.</summary>
public sealed record WordMarkdownOptions
{
    public static readonly WordMarkdownOptions Default = new();

    /// <summary>Added to Markdown heading levels: 2 turns "#" into Heading 3 (e.g. inside a clause).</summary>
    public int HeadingShift { get; init; }

    /// <summary>Numbers Markdown headings through this outline; null leaves them unnumbered.</summary>
    public WordOutline? Outline { get; init; }

    /// <summary>Style of body paragraphs outside lists, quotes and tables (null = Normal).</summary>
    public string? ParagraphStyle { get; init; }
}
