namespace ProcurementKit.Tenders.Assessment;

/// <summary>
/// The two effects of BSI 200-2 that move a goal's level away from the maximum principle: many small damages
/// adding up to a larger one (cumulation, raises), or damage spread so thin that it stays smaller (distribution, lowers).
/// </summary>
public enum AdjustmentEffect
{
    /// <summary>Kumulationseffekt: the level is raised above the highest single rating.</summary>
    Cumulation,

    /// <summary>Verteilungseffekt: the level is lowered below the highest single rating.</summary>
    Distribution,
}

public static class AdjustmentEffects
{
    public static readonly IReadOnlyList<string> Names = ["cumulation", "distribution"];

    public static string ToKey(this AdjustmentEffect effect) => Names[(int)effect];

    public static bool TryParse(string? text, out AdjustmentEffect effect)
    {
        var index = Names.ToList().IndexOf(text ?? string.Empty);
        effect = index < 0 ? AdjustmentEffect.Cumulation : (AdjustmentEffect)index;
        return index >= 0;
    }

    public static string Display(this AdjustmentEffect effect, Catalog.Language language) => (effect, language) switch
    {
        (AdjustmentEffect.Cumulation, Catalog.Language.German) => "Kumulationseffekt",
        (AdjustmentEffect.Distribution, Catalog.Language.German) => "Verteilungseffekt",
        (AdjustmentEffect.Cumulation, _) => "cumulation effect",
        _ => "distribution effect",
    };
}
