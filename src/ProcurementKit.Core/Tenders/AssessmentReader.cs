using Microsoft.Extensions.Configuration;
using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Tenders.Assessment;

namespace ProcurementKit.Tenders;

/// <summary>
/// Reads the optional <c>assessment</c> section: <c>ratings</c> (scenario → goal → { level, reason }) and
/// <c>adjustments</c> (goal → { effect, level, reason }). Shape and vocabulary are checked here; the rules of the
/// determination (reasons, directions, completeness) by <see cref="ProtectionNeedDetermination.Check"/>.
/// </summary>
internal sealed class AssessmentReader(SectionReader reader)
{
    private static readonly string[] s_keys = ["ratings", "adjustments"];
    private static readonly string[] s_ratingKeys = ["level", "reason"];
    private static readonly string[] s_adjustmentKeys = ["effect", "level", "reason"];

    public ProtectionNeedAssessment Read(IConfiguration section)
    {
        UnknownKeys(section, s_keys, "key of the assessment");
        var ratings = new Dictionary<ScenarioGoal, ScenarioRating>();
        foreach (var scenarioSection in section.GetSection("ratings").GetChildren())
        {
            if (!DamageScenarios.TryParse(scenarioSection.Key, out var scenario))
            {
                reader.Add(TenderDiagnostics.UnknownKey(reader.File, scenarioSection.Path, "damage scenario", DamageScenarios.Names));
                continue;
            }

            foreach (var goalSection in scenarioSection.GetChildren())
            {
                if (!ProtectionGoals.TryParse(goalSection.Key, out var goal))
                {
                    reader.Add(TenderDiagnostics.UnknownKey(reader.File, goalSection.Path, "protection goal", ProtectionGoals.Names));
                }
                else if (ReadLevel(goalSection, s_ratingKeys) is { } level)
                {
                    ratings[new ScenarioGoal(scenario, goal)] = new ScenarioRating(level, (goalSection["reason"] ?? string.Empty).Trim());
                }
            }
        }

        var adjustments = new Dictionary<ProtectionGoal, NeedAdjustment>();
        foreach (var goalSection in section.GetSection("adjustments").GetChildren())
        {
            if (!ProtectionGoals.TryParse(goalSection.Key, out var goal))
            {
                reader.Add(TenderDiagnostics.UnknownKey(reader.File, goalSection.Path, "protection goal", ProtectionGoals.Names));
                continue;
            }

            var effect = ReadEffect(goalSection);
            if (ReadLevel(goalSection, s_adjustmentKeys) is { } level && effect is { } known)
            {
                adjustments[goal] = new NeedAdjustment(known, level, (goalSection["reason"] ?? string.Empty).Trim());
            }
        }

        return new ProtectionNeedAssessment { Ratings = ratings, Adjustments = adjustments };
    }

    private Level? ReadLevel(IConfigurationSection section, string[] keys)
    {
        UnknownKeys(section, keys, "key");
        var levelSection = section.GetSection("level");
        if (levelSection.Value is null)
        {
            reader.Add(TenderDiagnostics.Missing(reader.File, levelSection.Path, "give normal, high or very-high"));
            return null;
        }

        return reader.Level(levelSection);
    }

    private AdjustmentEffect? ReadEffect(IConfigurationSection section)
    {
        var value = section["effect"];
        if (value is null)
        {
            reader.Add(TenderDiagnostics.Missing(reader.File, $"{section.Path}:effect", "give cumulation (raises the level) or distribution (lowers it)"));
            return null;
        }

        if (AdjustmentEffects.TryParse(value, out var effect))
        {
            return effect;
        }

        reader.Add(TenderDiagnostics.NotInVocabulary(reader.File, $"{section.Path}:effect", "an adjustment effect", value, AdjustmentEffects.Names));
        return null;
    }

    private void UnknownKeys(IConfiguration section, string[] valid, string kind)
    {
        foreach (var child in section.GetChildren().Where(c => !valid.Contains(c.Key)))
        {
            reader.Add(TenderDiagnostics.UnknownKey(reader.File, child.Path, kind, valid));
        }
    }
}
