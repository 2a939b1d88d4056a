using System.Text.Json.Nodes;
using ProcurementKit.Catalog;
using ProcurementKit.Tenders;

namespace ProcurementKit.Web.Workbench;

/// <summary>
/// Where and how the tender's products are used: the catalog's context questions (<c>context-personalData</c>
/// checkboxes), the lifecycle phases the contract covers (<c>phase</c>) and the award method (<c>method</c>,
/// <c>maxPoints</c>, <c>fluctuationPercent</c>, <c>tieBreaker</c>).
/// </summary>
public static class ContextStep
{
    public static readonly IReadOnlyList<string> Keys = ["context", "phases", "evaluation"];

    /// <summary>Marks that the form carried this step's fields, so unticked boxes can be told from a form without them.</summary>
    public const string Marker = "context-step";

    public static string Field(ContextKey key) => $"context-{key.Name}";

    public static void Apply(TenderDraft draft, IFormCollection form, RequirementsCatalog catalog)
    {
        if (!form.ContainsKey(Marker))
        {
            return;
        }

        var context = draft.Section("context");
        foreach (var key in catalog.ContextKeys)
        {
            context[key.Name] = form[Field(key)].ToString() == "true";
        }

        var phases = form["phase"].Select(p => (p ?? string.Empty).Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var defaults = Tender.DefaultPhases.Select(p => p.ToKey()).ToList();
        if (phases.Order(StringComparer.Ordinal).SequenceEqual(defaults.Order(StringComparer.Ordinal)))
        {
            // The default needs no key: the file reads as the shipped examples do.
            draft.Root.Remove("phases");
        }
        else
        {
            // In lifecycle order, whatever order the boxes came in; an unknown phase stays for the core to name.
            draft.Root["phases"] = new JsonArray([.. phases
                .OrderBy(p => Phases.TryParse(p, out var phase) ? (int)phase : int.MaxValue)
                .Select(p => (JsonNode)JsonValue.Create(p))]);
        }

        var evaluation = draft.Section("evaluation");
        evaluation["method"] = form["method"].ToString().Trim();
        evaluation["maxPoints"] = TenderDraft.NumberOrText(form["maxPoints"]);
        evaluation["fluctuationPercent"] = TenderDraft.NumberOrText(form["fluctuationPercent"]);
        evaluation["tieBreaker"] = form["tieBreaker"].ToString().Trim();
    }

    public static bool IsSet(TenderDraft draft, ContextKey key) =>
        draft.Root["context"] is JsonObject context && context[key.Name] is JsonValue value && value.TryGetValue<bool>(out var set) && set;

    /// <summary>The phases the tender covers, as its file says or by default.</summary>
    public static IReadOnlyList<string> PhasesOf(TenderDraft draft) =>
        draft.Root["phases"] is JsonArray list
            ? [.. list.Select(p => p is JsonValue v && v.TryGetValue<string>(out var name) ? name : null).OfType<string>()]
            : [.. Tender.DefaultPhases.Select(p => p.ToKey())];

    /// <summary>An award setting as the tender has it, or the core's default.</summary>
    public static string EvaluationValue(TenderDraft draft, string key)
    {
        if (TenderDraft.ScalarOf(draft.Root["evaluation"], key) is { } value)
        {
            return value;
        }

        var defaults = EvaluationSettings.Default;
        return key switch
        {
            "method" => defaults.Method.ToKey(),
            "maxPoints" => defaults.MaxPoints.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "fluctuationPercent" => defaults.FluctuationPercent.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => defaults.TieBreaker.ToKey(),
        };
    }
}
