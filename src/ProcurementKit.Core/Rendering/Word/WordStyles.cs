using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Word.Templates;

namespace ProcurementKit.Rendering.Word;

/// <summary>
/// The built-in style sheet (Resources/styles.xml) and its merge into a template's styles: the template's
/// styles win, ours fill the gaps, and our style ids are mapped to the template's by style name.
/// </summary>
internal static class WordStyles
{
    private static readonly Lazy<string> s_xml = new(() =>
    {
        using var stream = typeof(WordStyles).Assembly.GetManifestResourceStream("ProcurementKit.Rendering.Word.Resources.styles.xml")
            ?? throw new InvalidOperationException("styles.xml is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string LanguageTag(Language language) => language == Language.German ? "de-DE" : "en-US";

    public static Styles Default(Language language, int textWidth)
    {
        var part = s_xml.Value
            .Replace("{{LANG}}", LanguageTag(language), StringComparison.Ordinal)
            .Replace("{{TEXT_WIDTH}}", textWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return new Styles(part[part.IndexOf("<w:styles", StringComparison.Ordinal)..]);
    }

    /// <summary>Writes the default styles into a new package (A4 with the built-in margins).</summary>
    public static void AddTo(MainDocumentPart main, Language language)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        part.Styles = Default(language, WordTable.TextWidth);
    }

    /// <summary>
    /// Adds every style the template lacks and sets the document language; returns our style id -> the
    /// template's id for styles the template defines under another id (German Word: "berschrift1").
    /// </summary>
    public static IReadOnlyDictionary<string, string> MergeInto(MainDocumentPart main, Language language, int textWidth)
    {
        var part = main.StyleDefinitionsPart ?? main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        part.Styles ??= new Styles();
        var theirs = part.Styles;
        var ours = Default(language, textWidth);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var existing = theirs.Elements<Style>().ToList();
        foreach (var style in ours.Elements<Style>())
        {
            var match = TemplateStyleMatch.Find(style, existing);
            if (match is null)
            {
                var copy = (Style)style.CloneNode(true);
                if (existing.Any(s => s.StyleId?.Value == copy.StyleId?.Value))
                {
                    // The id is taken by a style of another type: ours gets its own.
                    map[copy.StyleId!.Value!] = copy.StyleId.Value = $"Pk{copy.StyleId.Value}";
                }

                theirs.Append(copy);
            }
            else
            {
                map[style.StyleId!.Value!] = match.StyleId!.Value!;
            }
        }

        SetLanguage(theirs, ours);
        Remap(theirs.Elements<Style>().SelectMany(s => s.Descendants()), map);
        return map;
    }

    /// <summary>Rewrites paragraph, run and table style references (and basedOn/next) through <paramref name="map"/>.</summary>
    public static void Remap(IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> elements, IReadOnlyDictionary<string, string> map)
    {
        if (map.Count == 0)
        {
            return;
        }

        foreach (var element in elements)
        {
            var value = element switch
            {
                ParagraphStyleId p => p.Val,
                RunStyle r => r.Val,
                TableStyle t => t.Val,
                BasedOn b => b.Val,
                NextParagraphStyle n => n.Val,
                _ => null,
            };
            if (value?.Value is { } id && map.TryGetValue(id, out var mapped))
            {
                value.Value = mapped;
            }
        }
    }

    private static void SetLanguage(Styles theirs, Styles ours)
    {
        var defaults = theirs.DocDefaults;
        if (defaults is null)
        {
            theirs.PrependChild(ours.DocDefaults!.CloneNode(true));
            return;
        }

        defaults.RunPropertiesDefault ??= new RunPropertiesDefault();
        var run = defaults.RunPropertiesDefault.RunPropertiesBaseStyle ??= new RunPropertiesBaseStyle();
        run.Languages = (DocumentFormat.OpenXml.Wordprocessing.Languages)ours.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.CloneNode(true);
    }
}
