using DocumentFormat.OpenXml.Wordprocessing;

namespace ProcurementKit.Rendering.Word.Templates;

/// <summary>
/// Finds the template's style for one of ours: by name (Word stores built-in names in English, "heading 1", whatever
/// the user's language), then by style id, then by the German name a German Word, LibreOffice or python-docx template
/// may carry ("Überschrift 1", id "berschrift1" or "Ueberschrift1"). Only a style of the same type matches.
/// </summary>
internal static class TemplateStyleMatch
{
    private static readonly Dictionary<string, string[]> s_german = new(StringComparer.Ordinal)
    {
        [WordStyleIds.Normal] = ["Standard"],
        [WordStyleIds.Title] = ["Titel"],
        [WordStyleIds.Subtitle] = ["Untertitel"],
        [WordStyleIds.Heading1] = ["Überschrift 1"],
        [WordStyleIds.Heading2] = ["Überschrift 2"],
        [WordStyleIds.Heading3] = ["Überschrift 3"],
        [WordStyleIds.TocHeading] = ["Inhaltsverzeichnisüberschrift", "Verzeichnisüberschrift"],
        ["TOC1"] = ["Verzeichnis 1"],
        ["TOC2"] = ["Verzeichnis 2"],
        ["TOC3"] = ["Verzeichnis 3"],
        [WordStyleIds.Header] = ["Kopfzeile"],
        [WordStyleIds.Footer] = ["Fußzeile"],
        [WordStyleIds.Strong] = ["Fett"],
        [WordStyleIds.ListParagraph] = ["Listenabsatz"],
        [WordStyleIds.Quote] = ["Zitat"],
        ["TableNormal"] = ["Normale Tabelle"],
    };

    /// <summary>The template's style that stands for <paramref name="ours"/>, or null when ours is used.</summary>
    public static Style? Find(Style ours, IReadOnlyList<Style> theirs)
    {
        var type = ours.Type?.Value;
        var candidates = theirs.Where(s => s.Type?.Value == type || (s.Type is null && type == StyleValues.Paragraph)).ToList();
        var name = ours.StyleName?.Val?.Value ?? string.Empty;
        var id = ours.StyleId?.Value ?? string.Empty;
        var german = s_german.GetValueOrDefault(id, []);
        return candidates.FirstOrDefault(s => string.Equals(s.StyleName?.Val?.Value, name, StringComparison.OrdinalIgnoreCase))
            ?? candidates.FirstOrDefault(s => s.StyleId?.Value == id)
            ?? candidates.FirstOrDefault(s => Same(s, [name, id]))
            ?? candidates.FirstOrDefault(s => Same(s, german));
    }

    /// <summary>Names compared as Word derives style ids: case, spaces and punctuation ignored; "Ü" also as "Ue" or left out.</summary>
    private static bool Same(Style style, IReadOnlyList<string> names)
    {
        var keys = names.SelectMany(Keys).ToHashSet(StringComparer.Ordinal);
        return Keys(style.StyleName?.Val?.Value ?? string.Empty).Concat(Keys(style.StyleId?.Value ?? string.Empty)).Any(k => k.Length > 0 && keys.Contains(k));
    }

    private static IEnumerable<string> Keys(string name)
    {
        var letters = new string([.. name.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
        yield return letters;
        yield return new string([.. letters.Where(char.IsAsciiLetterOrDigit)]);
        yield return letters.Replace("ü", "ue", StringComparison.Ordinal).Replace("ä", "ae", StringComparison.Ordinal)
            .Replace("ö", "oe", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
    }
}
