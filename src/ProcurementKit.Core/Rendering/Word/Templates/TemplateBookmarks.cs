using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProcurementKit.Rendering.Word.Templates;

/// <summary>
/// The bookmarks of what is kept of a template's body, made valid next to ours: a start or end whose partner was cut
/// off by the marker is dropped, the marker bookmark too, and the rest are numbered 0, 1, ... in reading order so the
/// annex's own bookmarks can follow on.
/// </summary>
internal static class TemplateBookmarks
{
    /// <summary>Cleans and numbers the bookmarks of the kept parts; returns their names, in order.</summary>
    public static IReadOnlyList<string> Normalize(params IReadOnlyList<OpenXmlElement>[] regions)
    {
        var names = new List<string>();
        var next = 0;
        foreach (var region in regions)
        {
            var starts = region.SelectMany(e => e.Descendants<BookmarkStart>().Prepend(e as BookmarkStart)).OfType<BookmarkStart>().ToList();
            var ends = region.SelectMany(e => e.Descendants<BookmarkEnd>().Prepend(e as BookmarkEnd)).OfType<BookmarkEnd>().ToList();
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var start in starts)
            {
                var id = start.Id?.Value ?? string.Empty;
                var paired = ends.Any(e => e.Id?.Value == id) && !ids.ContainsKey(id);
                if (!paired || string.Equals(start.Name?.Value, AnnexMarker.Name, StringComparison.OrdinalIgnoreCase))
                {
                    start.Remove();
                    continue;
                }

                var renumbered = (next++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                ids[id] = renumbered;
                start.Id = renumbered;
                names.Add(start.Name?.Value ?? string.Empty);
            }

            foreach (var end in ends)
            {
                if (end.Id?.Value is { } id && ids.Remove(id, out var renumbered))
                {
                    end.Id = renumbered;
                }
                else
                {
                    end.Remove();
                }
            }
        }

        return names;
    }
}
