namespace ProcurementKit.Catalog;

/// <summary>BSI 200-2 protection-need category, ordered so that a higher value needs more.</summary>
public enum Level
{
    Normal = 0,
    High = 1,
    VeryHigh = 2,
}

public static class Levels
{
    public static readonly IReadOnlyList<Level> All = [Level.Normal, Level.High, Level.VeryHigh];

    public static readonly IReadOnlyList<string> Names = ["normal", "high", "very-high"];

    public static string ToKey(this Level level) => Names[(int)level];

    public static bool TryParse(string? text, out Level level)
    {
        var index = Names.ToList().IndexOf(text ?? string.Empty);
        level = index < 0 ? Level.Normal : (Level)index;
        return index >= 0;
    }

    public static string Display(this Level level, Language language) => (level, language) switch
    {
        (Level.Normal, Language.German) => "normal",
        (Level.High, Language.German) => "hoch",
        (Level.VeryHigh, Language.German) => "sehr hoch",
        (Level.Normal, _) => "normal",
        (Level.High, _) => "high",
        _ => "very high",
    };
}
