namespace ProcurementKit.Rendering.Annex;

/// <summary>
/// The annex as a sequence of blocks, composed once and written twice: to Word and to Markdown, so both
/// files say the same. Blocks hold text; how it looks is the writers' business.
/// </summary>
internal abstract record AnnexBlock;

/// <summary>The document title or subtitle on the cover.</summary>
internal sealed record AnnexCoverLine(string Text, bool IsTitle) : AnnexBlock;

/// <summary>The table of contents.</summary>
internal sealed record AnnexContents(string Title) : AnnexBlock;

/// <summary>Which numbering a heading takes: the parts (A, A.1), the requirements (1, 1.1) or none.</summary>
internal enum AnnexOutline
{
    None,
    Parts,
    Requirements,
}

/// <summary>A heading with the number Word will show (Markdown prints it), text and link anchor.</summary>
internal sealed record AnnexHeading(int Level, string Number, string Text, string Anchor, AnnexOutline Outline) : AnnexBlock;

/// <summary>Markdown prose: template text or a clause body (whose own headings sit below the requirement).</summary>
internal sealed record AnnexProse(string Markdown, bool IsClause = false) : AnnexBlock;

/// <summary>A short line under a requirement heading: obligation, lots, scoring.</summary>
internal sealed record AnnexMeta(IReadOnlyList<AnnexSpan> Spans) : AnnexBlock;

/// <summary>A highlighted note with a bold label, e.g. the evidence to submit.</summary>
internal sealed record AnnexNote(string Label, string Text) : AnnexBlock;

/// <summary>A table; key/value tables have no header row and print as a list in Markdown.</summary>
internal sealed record AnnexTable(IReadOnlyList<AnnexColumn> Columns, IReadOnlyList<IReadOnlyList<AnnexCell>> Rows, bool KeyValue = false) : AnnexBlock;

internal sealed record AnnexColumn(string Header, int Width, bool AlignRight = false);

/// <summary>Text in a cell or line; bold, or a link to the heading with <see cref="Anchor"/>.</summary>
internal sealed record AnnexSpan(string Text, bool Bold = false, string? Anchor = null);

internal sealed record AnnexCell(IReadOnlyList<AnnexSpan> Spans)
{
    public static implicit operator AnnexCell(string text) => new([new AnnexSpan(text)]);

    public static AnnexCell Link(string text, string anchor) => new([new AnnexSpan(text, Anchor: anchor)]);

    public static AnnexCell Bold(string text) => new([new AnnexSpan(text, Bold: true)]);

    public string PlainText => string.Concat(Spans.Select(s => s.Text));
}
