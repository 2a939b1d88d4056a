using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;

namespace ProcurementKit.Rendering.Word.Templates;

/// <summary>How a template marks where the annex goes.</summary>
public enum AnnexMarkerKind
{
    /// <summary>No marker: the template's body is not used.</summary>
    None,

    /// <summary>A paragraph holding only <c>{{annex}}</c>.</summary>
    Placeholder,

    /// <summary>A content control whose tag or title is <c>procurementkit-annex</c>.</summary>
    ContentControl,

    /// <summary>A bookmark named <c>procurementkit-annex</c>.</summary>
    Bookmark,
}

/// <summary>One marker found in a template's body: the body-level block it stands in, or why it cannot be used there.</summary>
/// <param name="Block">The child of the body that holds the marker; the annex replaces it.</param>
/// <param name="Problem">Where the marker stands when it cannot be used ("inside a table"), else null.</param>
internal sealed record AnnexMarkerHit(AnnexMarkerKind Kind, OpenXmlElement Block, string? Problem);

/// <summary>
/// Finds the annex markers in a template's body: a paragraph holding only <c>{{annex}}</c>, a content control
/// tagged or titled <see cref="Name"/>, or a bookmark of that name. The paragraph or content control that holds
/// the marker is replaced by the annex.
/// </summary>
internal static class AnnexMarker
{
    /// <summary>The name of the content control (tag or title) or bookmark that marks the annex.</summary>
    public const string Name = "procurementkit-annex";

    /// <summary>The placeholder name: <c>{{annex}}</c>.</summary>
    public const string Placeholder = "annex";

    public static IReadOnlyList<AnnexMarkerHit> Find(Body body)
    {
        var hits = new List<AnnexMarkerHit>();
        var controls = new List<OpenXmlElement>();
        foreach (var element in body.Descendants())
        {
            if (element is SdtElement control && IsMarker(control))
            {
                controls.Add(control);
                hits.Add(Hit(AnnexMarkerKind.ContentControl, control, body, control is SdtBlock));
            }
            else if (element is BookmarkStart bookmark && string.Equals(bookmark.Name?.Value, Name, StringComparison.OrdinalIgnoreCase)
                && !controls.Any(c => c.Descendants().Contains(bookmark)))
            {
                hits.Add(Hit(AnnexMarkerKind.Bookmark, bookmark, body, wholeBlock: false));
            }
            else if (element is Paragraph paragraph && Placeholders.Names(paragraph.InnerText).Contains(Placeholder)
                && !controls.Any(c => c.Descendants().Contains(paragraph)))
            {
                var alone = paragraph.InnerText.Trim() is var text && Placeholders.Fill(text, name => name == Placeholder ? string.Empty : null).Length == 0;
                var hit = Hit(AnnexMarkerKind.Placeholder, paragraph, body, wholeBlock: true);
                hits.Add(alone || hit.Problem is not null ? hit : hit with { Problem = $"in a paragraph with other text (\"{Preview(paragraph.InnerText)}\")" });
            }
        }

        return hits;
    }

    /// <summary>The start of a text for messages: at most 60 characters.</summary>
    public static string Preview(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 60 ? line : string.Concat(line.AsSpan(0, 59), "…");
    }

    private static bool IsMarker(SdtElement control)
    {
        var properties = control.SdtProperties;
        return string.Equals(properties?.GetFirstChild<Tag>()?.Val?.Value, Name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(properties?.GetFirstChild<SdtAlias>()?.Val?.Value, Name, StringComparison.OrdinalIgnoreCase);
    }

    /// <param name="wholeBlock">True when the marker element itself must be a block of the body (paragraph, block content control).</param>
    private static AnnexMarkerHit Hit(AnnexMarkerKind kind, OpenXmlElement marker, Body body, bool wholeBlock)
    {
        var block = marker;
        while (block.Parent is { } parent && parent != body)
        {
            block = parent;
        }

        var problem = block switch
        {
            _ when block.Parent != body => "outside the document body",
            Table => "inside a table",
            SdtBlock when block != marker => "inside a content control",
            _ when wholeBlock && block != marker => "inside a text box or frame",
            Paragraph or SdtBlock or BookmarkStart => null,
            _ => "inside a block that is not a paragraph",
        };
        return new AnnexMarkerHit(kind, block, problem);
    }
}
