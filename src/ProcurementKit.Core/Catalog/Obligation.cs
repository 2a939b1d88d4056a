namespace ProcurementKit.Catalog;

/// <summary>A = must (knock-out criterion), B = scored criterion with a weight.</summary>
public enum ObligationKind
{
    A,
    B,
}

/// <summary>What a clause demands at one level: a knock-out criterion or a weighted one.</summary>
public readonly record struct Obligation(ObligationKind Kind, int Weight)
{
    public static Obligation Must => new(ObligationKind.A, 0);

    public static Obligation Scored(int weight) => new(ObligationKind.B, weight);

    public bool IsKnockOut => Kind == ObligationKind.A;

    /// <summary>"MUSS (A)" or "SOLL (B, Gewicht 3)".</summary>
    public string Display(Language language) => (Kind, language) switch
    {
        (ObligationKind.A, Language.German) => "MUSS (A)",
        (ObligationKind.A, _) => "MUST (A)",
        (_, Language.German) => $"SOLL (B, Gewicht {Weight})",
        _ => $"SHOULD (B, weight {Weight})",
    };

    public override string ToString() => Kind == ObligationKind.A ? "A" : $"B{Weight}";
}
