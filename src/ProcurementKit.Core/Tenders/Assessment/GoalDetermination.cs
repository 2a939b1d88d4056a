using ProcurementKit.Catalog;

namespace ProcurementKit.Tenders.Assessment;

/// <summary>
/// How one goal's level came about: the highest rating (maximum principle), the scenarios rated that high,
/// and the cumulation or distribution effect that moved it, if any.
/// </summary>
public sealed record GoalDetermination(
    ProtectionGoal Goal,
    Level Maximum,
    IReadOnlyList<DamageScenario> Drivers,
    NeedAdjustment? Adjustment)
{
    /// <summary>The goal's protection need: the adjustment's level where there is one, else the maximum.</summary>
    public Level Level => Adjustment?.Level ?? Maximum;
}
