using System.Text.Json.Nodes;
using ProcurementKit.Catalog;

namespace ProcurementKit.Web.Workbench;

/// <summary>
/// The protection needs of the tender: per goal a level (normal, high, very-high) and the reason (BSI 200-2).
/// Fields: <c>need-confidentiality-level</c>, <c>need-confidentiality-reason</c>, ….
/// </summary>
public static class ProtectionStep
{
    public static readonly IReadOnlyList<string> Keys = ["protectionNeeds"];

    public static string Field(ProtectionGoal goal, string name) => $"need-{goal.ToKey()}-{name}";

    public static void Apply(TenderDraft draft, IFormCollection form)
    {
        var needs = draft.Section("protectionNeeds");
        foreach (var goal in ProtectionGoals.All)
        {
            if (!form.ContainsKey(Field(goal, "level")) && !form.ContainsKey(Field(goal, "reason")))
            {
                continue;
            }

            needs[goal.ToKey()] = new JsonObject
            {
                ["level"] = form[Field(goal, "level")].ToString().Trim(),
                ["reason"] = form[Field(goal, "reason")].ToString().Trim(),
            };
        }
    }

    /// <summary>The level and reason the tender has for a goal, as the page shows them.</summary>
    public static (string Level, string Reason) Of(TenderDraft draft, ProtectionGoal goal)
    {
        var need = draft.Root["protectionNeeds"] is JsonObject needs ? needs[goal.ToKey()] : null;
        return (TenderDraft.TextOf(need, "level") ?? Levels.Names[0], TenderDraft.TextOf(need, "reason") ?? string.Empty);
    }
}
