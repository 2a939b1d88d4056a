namespace ProcurementKit.Tenders;

/// <summary>The UfAB award methods a tender can announce.</summary>
public enum AwardMethod
{
    /// <summary>Lowest price among the admissible offers (reine Preiswertung).</summary>
    PriceOnly,

    /// <summary>Z = L / P, highest Z wins (einfache Richtwertmethode).</summary>
    SimpleReferenceValue,

    /// <summary>Z = L / P with an announced fluctuation range (Schwankungsbereich) below the best Z; the tie-breaker decides inside it (erweiterte Richtwertmethode).</summary>
    ExtendedReferenceValue,
}

/// <summary>What decides between the offers inside the fluctuation range of the extended reference-value method.</summary>
public enum TieBreaker
{
    /// <summary>The higher performance points L.</summary>
    Performance,

    /// <summary>The lowest price P.</summary>
    Price,
}

/// <summary>The tender-file spellings of <see cref="AwardMethod"/> and <see cref="TieBreaker"/>.</summary>
public static class AwardMethodKeys
{
    public static readonly IReadOnlyList<string> Methods = ["price-only", "simple-reference-value", "extended-reference-value"];

    public static readonly IReadOnlyList<string> TieBreakers = ["performance", "price"];

    public static string ToKey(this AwardMethod method) => Methods[(int)method];

    public static string ToKey(this TieBreaker tieBreaker) => TieBreakers[(int)tieBreaker];

    public static bool TryParseMethod(string? key, out AwardMethod method)
    {
        var index = Index(Methods, key);
        method = (AwardMethod)Math.Max(index, 0);
        return index >= 0;
    }

    public static bool TryParseTieBreaker(string? key, out TieBreaker tieBreaker)
    {
        var index = Index(TieBreakers, key);
        tieBreaker = (TieBreaker)Math.Max(index, 0);
        return index >= 0;
    }

    private static int Index(IReadOnlyList<string> keys, string? key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] == key)
            {
                return i;
            }
        }

        return -1;
    }
}
