using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProcurementKit.Rendering.Word;

/// <summary>
/// Turns anchors ("req-UPD-01") into valid Word bookmark names and numbers bookmarks in creation order,
/// so the same document always gets the same names and ids.
/// </summary>
internal sealed class WordBookmarks
{
    private const int MaxLength = 40;
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);
    private int _nextId;
    private int _nextToc;

    /// <param name="taken">Bookmarks already in the document (a template's), numbered 0 .. n-1: ours follow on and never reuse a name.</param>
    public WordBookmarks(IReadOnlyList<string> taken)
    {
        _nextId = taken.Count;
        _used.UnionWith(taken);
    }

    /// <summary>The bookmark name of an anchor; the same anchor always gives the same name.</summary>
    public string NameFor(string anchor)
    {
        if (_names.TryGetValue(anchor, out var known))
        {
            return known;
        }

        var name = Unique(Sanitize(anchor));
        _names[anchor] = name;
        return name;
    }

    /// <summary>A hidden bookmark (leading underscore) for a heading without an anchor, for the TOC to point at.</summary>
    public string NextTocName() => Unique($"_Toc{++_nextToc:D8}");

    /// <summary>Puts a bookmark around the content of a paragraph.</summary>
    public void Wrap(Paragraph paragraph, string name)
    {
        var id = (_nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var start = new BookmarkStart { Id = id, Name = name };
        if (paragraph.ParagraphProperties is { } properties)
        {
            paragraph.InsertAfter(start, properties);
        }
        else
        {
            paragraph.PrependChild(start);
        }

        paragraph.AppendChild(new BookmarkEnd { Id = id });
    }

    private static string Sanitize(string anchor)
    {
        var text = new StringBuilder();
        foreach (var c in anchor)
        {
            text.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        // Word wants a letter first; names starting with "_" are hidden bookmarks.
        if (text.Length == 0 || !char.IsAsciiLetter(text[0]))
        {
            text.Insert(0, 'B');
        }

        return text.Length > MaxLength ? text.ToString(0, MaxLength) : text.ToString();
    }

    private string Unique(string name)
    {
        var candidate = name;
        for (var i = 2; !_used.Add(candidate); i++)
        {
            var suffix = $"_{i}";
            candidate = (name.Length + suffix.Length > MaxLength ? name[..(MaxLength - suffix.Length)] : name) + suffix;
        }

        return candidate;
    }
}
