using ProcurementKit.Catalog;

namespace ProcurementKit.Text;

/// <summary>
/// Which of the two document languages a free text (a tender's title and description) is evidently written in,
/// by counting common function words of each: articles, prepositions, conjunctions, pronouns. A text counts as
/// one language when it has at least <see cref="MinimumHits"/> function words and at least three times as many
/// of that language as of the other; otherwise the answer is null (too short, or mixed), and nobody is warned.
/// Words both languages share ("in", "so", "also") are in neither list.
/// </summary>
public static class TextLanguage
{
    /// <summary>Fewer function words than this say nothing reliable: a title like "LoRaWAN-Gateways" has none.</summary>
    public const int MinimumHits = 4;

    private static readonly HashSet<string> German = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
        "und", "oder", "aber", "nicht", "mit", "von", "vom", "zu", "zum", "zur", "für", "auf", "aus", "bei",
        "nach", "über", "unter", "durch", "gegen", "ohne", "sowie", "sich", "ist", "sind", "wird", "werden",
        "wurde", "soll", "sollen", "kann", "können", "muss", "dass", "als", "auch", "wie", "sie", "ihr", "ihre",
        "ihren", "ihrer", "seine", "seiner", "diese", "dieser", "dieses", "im", "ins", "am", "beim", "einschließlich",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "a", "and", "or", "but", "not", "with", "of", "to", "for", "on", "from", "at", "by",
        "after", "over", "under", "through", "against", "without", "is", "are", "were", "be", "been",
        "will", "shall", "should", "can", "must", "that", "this", "these", "those", "its", "their", "which",
        "who", "it", "they", "as", "including", "into", "about",
    };

    /// <summary>The language the texts are evidently in, or null when they are too short or mixed to say.</summary>
    public static Language? Guess(params string[] texts)
    {
        var (german, english) = Count(texts);
        if (german + english < MinimumHits)
        {
            return null;
        }

        return german >= 3 * english ? Language.German : english >= 3 * german ? Language.English : null;
    }

    /// <summary>The function words of each language in the texts, counted with repeats.</summary>
    public static (int German, int English) Count(params string[] texts)
    {
        var (german, english) = (0, 0);
        foreach (var text in texts)
        {
            foreach (var word in Words(text))
            {
                german += German.Contains(word) ? 1 : 0;
                english += English.Contains(word) ? 1 : 0;
            }
        }

        return (german, english);
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
