namespace ProcurementKit.Tests.Support;

/// <summary>Long seeded texts from a small vocabulary: two seeds give texts that share words here and there but little else.</summary>
public static class LargeText
{
    private static readonly string[] s_vocabulary =
    [
        "Auftragnehmer", "liefert", "Sicherheitsupdates", "für", "mindestens", "Jahre", "nach", "Abnahme", "die", "der",
        "Geräte", "Schwachstellen", "meldet", "binnen", "Stunden", "schriftlich", "und", "oder", "gleichwertig", "Betrieb",
    ];

    /// <param name="words">How many words the text has.</param>
    /// <param name="wordsPerLine">Words per line; 0 for one single line.</param>
    /// <param name="seed">Which text: equal seeds give equal texts.</param>
    public static string Words(int words, int wordsPerLine, int seed)
    {
        var random = new Random(seed);
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
            {
                builder.Append(wordsPerLine > 0 && i % wordsPerLine == 0 ? '\n' : ' ');
            }

            builder.Append(s_vocabulary[random.Next(s_vocabulary.Length)]).Append(random.Next(100));
        }

        return builder.ToString();
    }
}
