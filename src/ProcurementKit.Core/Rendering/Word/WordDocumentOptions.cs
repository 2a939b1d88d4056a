using ProcurementKit.Catalog;

namespace ProcurementKit.Rendering.Word;

/// <summary>What a generated Word document says about itself and how it is framed: properties, language, header, template.</summary>
public sealed record WordDocumentOptions
{
    /// <summary>Document language (de-DE / en-US), for spell checking and the page footer.</summary>
    public required Language Language { get; init; }

    public required string Title { get; init; }

    public string Subject { get; init; } = string.Empty;

    /// <summary>The author; for tender documents the contracting authority.</summary>
    public string Creator { get; init; } = string.Empty;

    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>ISO date (yyyy-MM-dd) stored as created and modified date. Taken from the inputs, never the clock.</summary>
    public string? Date { get; init; }

    /// <summary>Custom document properties in order, e.g. catalog version and hash.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> CustomProperties { get; init; } = [];

    /// <summary>Left and right text of the built-in page header (e.g. the tender reference).</summary>
    public string HeaderLeft { get; init; } = string.Empty;

    public string HeaderRight { get; init; } = string.Empty;

    /// <summary>
    /// A short warning in bold at the start of the built-in header, shown on every page including the first
    /// (e.g. "VORLÄUFIG" while an evaluation is provisional). Empty: the first page has no header.
    /// </summary>
    public string HeaderMarker { get; init; } = string.Empty;

    /// <summary>Left text of the built-in footer; the right side is always "Seite X von Y" / "Page X of Y".</summary>
    public string FooterLeft { get; init; } = string.Empty;

    /// <summary>
    /// A .docx or .dotx whose styles, page setup, header/footer and first-page content are used, as pandoc
    /// uses a reference document (.docm/.dotm too: macros are dropped). Null: the built-in look. Check it first with <see cref="Workflow.WordTemplateCheck"/>.
    /// </summary>
    public byte[]? Template { get; init; }

    /// <summary>Values for <c>{{name}}</c> placeholders in the template's body, header and footer.</summary>
    public IReadOnlyDictionary<string, string> TemplateFields { get; init; } = new Dictionary<string, string>();
}
