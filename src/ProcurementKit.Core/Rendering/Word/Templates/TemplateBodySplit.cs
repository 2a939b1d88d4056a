using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProcurementKit.Rendering.Word.Templates;

/// <summary>
/// The rule for a template's body: without a marker nothing of it is used (as pandoc does with a reference
/// document); with one, what stands before the marker stays as the first pages and what follows it comes after
/// the annex. The block holding the marker is replaced by the annex.
/// </summary>
internal static class TemplateBodySplit
{
    /// <summary>Leaves in <paramref name="body"/> only what stands before the marker; returns what follows it, taken out of the body.</summary>
    public static IReadOnlyList<OpenXmlElement> Split(Body body, AnnexMarkerHit? marker)
    {
        if (marker is null)
        {
            body.RemoveAllChildren();
            return [];
        }

        var after = new List<OpenXmlElement>();
        for (var next = marker.Block.NextSibling(); next is not null; next = next.NextSibling())
        {
            after.Add(next);
        }

        foreach (var block in after)
        {
            block.Remove();
        }

        marker.Block.Remove();
        return after;
    }
}
