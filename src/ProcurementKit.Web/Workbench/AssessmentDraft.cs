using System.Text.Json;
using System.Text.Json.Nodes;
using ProcurementKit.Catalog;
using ProcurementKit.Tenders;
using ProcurementKit.Tenders.Assessment;

namespace ProcurementKit.Web.Workbench;

/// <summary>
/// The protection-need questionnaire as far as the officer has answered it, kept in the draft's <c>assessment</c>
/// key in the format the core reads and writes (<see cref="AssessmentJsonWriter"/>). While it is incomplete the core
/// reports the missing answers on this step; the other steps do not look at it.
/// </summary>
public static class AssessmentDraft
{
    /// <summary>The answers in the draft; entries the core would not understand are left out (the core names them).</summary>
    public static ProtectionNeedAssessment Read(TenderDraft draft)
    {
        var assessment = ProtectionNeedAssessment.Empty;
        if (draft.Root["assessment"] is not JsonObject section)
        {
            return assessment;
        }

        if (section["ratings"] is JsonObject ratings)
        {
            foreach (var (scenarioKey, goals) in ratings)
            {
                if (!DamageScenarios.TryParse(scenarioKey, out var scenario) || goals is not JsonObject byGoal)
                {
                    continue;
                }

                foreach (var (goalKey, rating) in byGoal)
                {
                    if (ProtectionGoals.TryParse(goalKey, out var goal) && Levels.TryParse(TenderDraft.TextOf(rating, "level"), out var level))
                    {
                        assessment = assessment.With(scenario, goal, level, TenderDraft.TextOf(rating, "reason") ?? string.Empty);
                    }
                }
            }
        }

        if (section["adjustments"] is JsonObject adjustments)
        {
            foreach (var (goalKey, adjustment) in adjustments)
            {
                if (ProtectionGoals.TryParse(goalKey, out var goal)
                    && AdjustmentEffects.TryParse(TenderDraft.TextOf(adjustment, "effect"), out var effect)
                    && Levels.TryParse(TenderDraft.TextOf(adjustment, "level"), out var level))
                {
                    assessment = assessment.WithAdjustment(goal, new NeedAdjustment(effect, level, TenderDraft.TextOf(adjustment, "reason") ?? string.Empty));
                }
            }
        }

        return assessment;
    }

    /// <summary>Writes the answers and the protection needs they determine (reasons in the tender's language) into the draft.</summary>
    public static void Write(TenderDraft draft, ProtectionNeedAssessment assessment)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            AssessmentJsonWriter.Write(json, assessment);
            json.WriteEndObject();
        }

        draft.Root["assessment"] = JsonNode.Parse(buffer.ToArray())!["assessment"]!.DeepClone();
        var language = Languages.TryParse(draft.Text("language"), out var documents) ? documents : Language.German;
        var needs = new JsonObject();
        foreach (var (goal, need) in ProtectionNeedDetermination.Determine(assessment, language))
        {
            needs[goal.ToKey()] = new JsonObject { ["level"] = need.Level.ToKey(), ["reason"] = need.Reason };
        }

        draft.Root["protectionNeeds"] = needs;
    }

    public static bool HasAssessment(TenderDraft draft) => draft.Root["assessment"] is JsonObject;
}
