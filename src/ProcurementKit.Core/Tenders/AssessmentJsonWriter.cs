using System.Text.Json;
using ProcurementKit.Catalog;
using ProcurementKit.Tenders.Assessment;

namespace ProcurementKit.Tenders;

/// <summary>
/// Writes the <c>assessment</c> section as <see cref="AssessmentReader"/> reads it: scenarios and goals in the
/// order of BSI 200-2, a rating's reason left out when empty, adjustments only when there are any.
/// </summary>
public static class AssessmentJsonWriter
{
    public static void Write(Utf8JsonWriter json, ProtectionNeedAssessment assessment)
    {
        json.WriteStartObject("assessment");
        json.WriteStartObject("ratings");
        foreach (var scenario in DamageScenarios.All.Where(s => ProtectionGoals.All.Any(g => assessment.RatingOf(s, g) is not null)))
        {
            json.WriteStartObject(scenario.ToKey());
            foreach (var goal in ProtectionGoals.All)
            {
                if (assessment.RatingOf(scenario, goal) is not { } rating)
                {
                    continue;
                }

                json.WriteStartObject(goal.ToKey());
                json.WriteString("level", rating.Level.ToKey());
                if (rating.Reason.Length > 0)
                {
                    json.WriteString("reason", rating.Reason);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (assessment.Adjustments.Count > 0)
        {
            json.WriteStartObject("adjustments");
            foreach (var goal in ProtectionGoals.All)
            {
                if (assessment.AdjustmentOf(goal) is not { } adjustment)
                {
                    continue;
                }

                json.WriteStartObject(goal.ToKey());
                json.WriteString("effect", adjustment.Effect.ToKey());
                json.WriteString("level", adjustment.Level.ToKey());
                json.WriteString("reason", adjustment.Reason);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
