namespace ProcurementKit.Catalog;

/// <summary>The three protection goals of BSI 200-2.</summary>
public enum ProtectionGoal
{
    Confidentiality,
    Integrity,
    Availability,
}

public static class ProtectionGoals
{
    public static readonly IReadOnlyList<ProtectionGoal> All =
        [ProtectionGoal.Confidentiality, ProtectionGoal.Integrity, ProtectionGoal.Availability];

    public static readonly IReadOnlyList<string> Names = ["confidentiality", "integrity", "availability"];

    public static string ToKey(this ProtectionGoal goal) => Names[(int)goal];

    public static bool TryParse(string? text, out ProtectionGoal goal)
    {
        var index = Names.ToList().IndexOf(text ?? string.Empty);
        goal = index < 0 ? ProtectionGoal.Confidentiality : (ProtectionGoal)index;
        return index >= 0;
    }

    public static string Display(this ProtectionGoal goal, Language language) => (goal, language) switch
    {
        (ProtectionGoal.Confidentiality, Language.German) => "Vertraulichkeit",
        (ProtectionGoal.Integrity, Language.German) => "Integrität",
        (ProtectionGoal.Availability, Language.German) => "Verfügbarkeit",
        (ProtectionGoal.Confidentiality, _) => "confidentiality",
        (ProtectionGoal.Integrity, _) => "integrity",
        _ => "availability",
    };
}
