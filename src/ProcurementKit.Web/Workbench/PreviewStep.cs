using System.Text.Json.Nodes;
using ProcurementKit.Catalog;
using ProcurementKit.Selection;
using ProcurementKit.Workflow;

namespace ProcurementKit.Web.Workbench;

/// <summary>
/// The preview of the selection and the parameter overrides: a field <c>param-support-period-years</c> per parameter
/// of the selected requirements; empty means the clause's default for the level. Bounds are the core's: a value
/// outside them is written as typed, and the core's message says which bound it breaks.
/// </summary>
public static class PreviewStep
{
    public static readonly IReadOnlyList<string> Keys = ["parameters", "include", "exclude"];

    public const string Prefix = "param-";

    public static string Field(string parameter) => Prefix + parameter;

    public static void Apply(TenderDraft draft, IFormCollection form, RequirementsCatalog catalog)
    {
        var declared = catalog.Clauses.SelectMany(c => c.Parameters).GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First());
        var parameters = draft.Section("parameters");
        foreach (var (name, parameter) in declared)
        {
            if (!form.TryGetValue(Field(name), out var posted))
            {
                continue;
            }

            var typed = posted.ToString().Trim();
            if (typed.Length == 0)
            {
                parameters.Remove(name);
            }
            else
            {
                parameters[name] = parameter.IsNumeric ? TenderDraft.NumberOrText(typed) : JsonValue.Create(typed);
            }
        }
    }

    /// <summary>The tender's own value of a parameter as typed, or empty when it uses the default.</summary>
    public static string OverrideOf(TenderDraft draft, string parameter) => TenderDraft.ScalarOf(draft.Root["parameters"], parameter) ?? string.Empty;

    /// <summary>
    /// The parameters of the selected requirements, one row per name: unit, bounds, the default per level (from the
    /// first clause that declares it, as the core checks overrides), the value in effect and where it is used.
    /// </summary>
    public static IReadOnlyList<ParameterRow> Rows(PreparedTender prepared)
    {
        var rows = new List<ParameterRow>();
        foreach (var group in prepared.Selection.Requirements
            .SelectMany(r => r.Parameters.Select(p => (Requirement: r, Resolved: p)))
            .GroupBy(x => x.Resolved.Name, StringComparer.Ordinal))
        {
            var declared = prepared.Catalog.Clauses.SelectMany(c => c.Parameters).First(p => p.Name == group.Key);
            rows.Add(new ParameterRow(
                group.Key,
                declared,
                [.. group.Select(x => x.Requirement.Number + " " + x.Requirement.Id)],
                [.. group.Select(x => x.Resolved.Display).Distinct()],
                group.Any(x => x.Resolved.Source == ParameterSource.Tender)));
        }

        return rows;
    }
}

/// <summary>A parameter as the preview shows it.</summary>
public sealed record ParameterRow(
    string Name,
    Parameter Declared,
    IReadOnlyList<string> UsedBy,
    IReadOnlyList<LocalizedText> InEffect,
    bool Overridden);
