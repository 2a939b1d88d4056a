namespace ProcurementKit.Catalog;

/// <summary>
/// What a clause is in the award procedure (German procurement law). The obligation per level says A or B;
/// the role says what kind of criterion that is: a <see cref="Requirement"/> of the offered performance is a
/// minimum requirement where A and an award criterion (§ 127 GWB) where B.
/// </summary>
public enum ClauseRole
{
    /// <summary>A property of the offered product or service (A: minimum requirement, B: award criterion).</summary>
    Requirement,

    /// <summary>Suitability of the company (Eignung, § 122 GWB): its own certificates, staff, references; A only.</summary>
    Suitability,

    /// <summary>A duty during the contract (Ausführungsbedingung, § 128 GWB), e.g. reporting deadlines.</summary>
    PerformanceCondition,
}

public static class ClauseRoles
{
    public static readonly IReadOnlyList<string> Names = ["requirement", "suitability", "performance-condition"];

    public static string ToKey(this ClauseRole role) => Names[(int)role];

    public static bool TryParse(string? text, out ClauseRole role)
    {
        var index = Names.ToList().IndexOf(text ?? string.Empty);
        role = index < 0 ? ClauseRole.Requirement : (ClauseRole)index;
        return index >= 0;
    }
}
