using ProcurementKit.Catalog;

namespace ProcurementKit.Tenders.Assessment;

/// <summary>
/// The six damage scenarios of BSI-Standard 200-2 (Schadensszenarien) by which the protection need of each
/// goal is judged: what could happen to the municipality if confidentiality, integrity or availability were lost.
/// </summary>
public enum DamageScenario
{
    /// <summary>Violation of laws, regulations or contracts (Verstoß gegen Gesetze/Vorschriften/Verträge).</summary>
    LawsAndContracts,

    /// <summary>Impairment of the right to informational self-determination (Beeinträchtigung des informationellen Selbstbestimmungsrechts).</summary>
    InformationalSelfDetermination,

    /// <summary>Impairment of personal integrity, i.e. life and limb (Beeinträchtigung der persönlichen Unversehrtheit).</summary>
    PersonalIntegrity,

    /// <summary>Impairment of the performance of tasks (Beeinträchtigung der Aufgabenerfüllung).</summary>
    TaskPerformance,

    /// <summary>Negative internal or external effects (negative Innen- oder Außenwirkung).</summary>
    InternalExternalEffects,

    /// <summary>Financial consequences (finanzielle Auswirkungen).</summary>
    FinancialConsequences,
}

/// <summary>The tender-file keys and display names of the damage scenarios, in the order of BSI 200-2.</summary>
public static class DamageScenarios
{
    public static readonly IReadOnlyList<DamageScenario> All =
    [
        DamageScenario.LawsAndContracts, DamageScenario.InformationalSelfDetermination, DamageScenario.PersonalIntegrity,
        DamageScenario.TaskPerformance, DamageScenario.InternalExternalEffects, DamageScenario.FinancialConsequences,
    ];

    /// <summary>The keys of <c>assessment.ratings</c> in tender.json, index = enum value.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "laws-and-contracts", "informational-self-determination", "personal-integrity",
        "task-performance", "internal-external-effects", "financial-consequences",
    ];

    private static readonly LocalizedText[] s_display =
    [
        new("Verstoß gegen Gesetze, Vorschriften oder Verträge", "Violation of laws, regulations or contracts"),
        new("Beeinträchtigung des informationellen Selbstbestimmungsrechts", "Impairment of the right to informational self-determination"),
        new("Beeinträchtigung der persönlichen Unversehrtheit", "Impairment of personal integrity (life and limb)"),
        new("Beeinträchtigung der Aufgabenerfüllung", "Impairment of the performance of tasks"),
        new("Negative Innen- oder Außenwirkung", "Negative internal or external effects"),
        new("Finanzielle Auswirkungen", "Financial consequences"),
    ];

    public static string ToKey(this DamageScenario scenario) => Names[(int)scenario];

    public static bool TryParse(string? text, out DamageScenario scenario)
    {
        var index = Names.ToList().IndexOf(text ?? string.Empty);
        scenario = index < 0 ? DamageScenario.LawsAndContracts : (DamageScenario)index;
        return index >= 0;
    }

    public static string Display(this DamageScenario scenario, Language language) => s_display[(int)scenario][language];
}
