using ProcurementKit.Catalog;
using ProcurementKit.Tenders.Assessment;

namespace ProcurementKit.Tests.Support;

/// <summary>Assessments for tests: every cell normal unless a test rates it, as a model or as tender.json text.</summary>
internal static class TestAssessment
{
    public static ProtectionNeedAssessment AllNormal() =>
        ScenarioGoal.All.Aggregate(ProtectionNeedAssessment.Empty, (a, cell) => a.With(cell.Scenario, cell.Goal, Level.Normal, string.Empty));

    /// <summary>The <c>"assessment"</c> member: all 18 cells, those in <paramref name="cells"/> replaced by their JSON object.</summary>
    public static string Json(IReadOnlyDictionary<string, string>? cells = null, string adjustments = "")
    {
        var scenarios = DamageScenarios.Names.Select(scenario =>
        {
            var goals = ProtectionGoals.Names.Select(goal =>
                $"\"{goal}\": {(cells?.TryGetValue($"{scenario}:{goal}", out var cell) == true ? cell : """{ "level": "normal" }""")}");
            return $"\"{scenario}\": {{ {string.Join(", ", goals)} }}";
        });
        var adjusted = adjustments.Length == 0 ? string.Empty : $", \"adjustments\": {adjustments}";
        return $", \"assessment\": {{ \"ratings\": {{ {string.Join(", ", scenarios)} }}{adjusted} }}";
    }
}
