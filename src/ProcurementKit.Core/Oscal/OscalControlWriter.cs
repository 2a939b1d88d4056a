using System.Globalization;
using ProcurementKit.Catalog;
using ProcurementKit.Selection;
using ProcurementKit.Text;

namespace ProcurementKit.Oscal;

/// <summary>
/// One clause as an OSCAL control: label, status and version props, obligation per level, parameters with unit,
/// bounds and per-level defaults, the text as statement (placeholders become inserts), evidence, rationale as
/// guidance and the references as links to back-matter resources. A <paramref name="requirement"/> (resolved
/// profile) adds what the tender decided: its obligation, lots, reason and the parameter values as the annex prints them.
/// </summary>
internal sealed class OscalControlWriter(OscalJsonWriter writer, Language language, OscalStandards standards)
{
    public void Write(Clause clause, SelectedRequirement? requirement = null)
    {
        var json = writer.Json;
        json.WriteStartObject();
        json.WriteString("id", OscalIds.Control(clause.Id));
        json.WriteString("class", clause.Role.ToKey());
        writer.Line("title", clause.Text(language).Title);
        WriteParams(clause, requirement);
        writer.Props(ClauseProps(clause).Concat(requirement is null ? [] : RequirementProps(requirement)));
        WriteLinks(clause);
        WriteParts(clause, requirement);
        json.WriteEndObject();
    }

    private static IEnumerable<OscalProp> ClauseProps(Clause clause)
    {
        yield return new OscalProp("label", clause.Id);
        if (clause.Status == ClauseStatus.Retired)
        {
            yield return new OscalProp("status", "withdrawn");
        }

        yield return OscalProp.Own("status", clause.Status.ToString().ToLowerInvariant());
        yield return OscalProp.Own("version", clause.Version.ToString(CultureInfo.InvariantCulture));
        yield return OscalProp.Own("approved-by", clause.Approval.By ?? string.Empty);
        yield return OscalProp.Own("approved-on", clause.Approval.On ?? string.Empty);
        yield return OscalProp.Own("phase", clause.Phase.ToKey());
        yield return OscalProp.Own("from-level", clause.FromLevel.ToKey());
        foreach (var category in clause.Categories)
        {
            yield return OscalProp.Own("category", category);
        }

        foreach (var goal in clause.Goals)
        {
            yield return OscalProp.Own("protection-goal", goal.ToKey());
        }

        foreach (var (level, obligation) in clause.Obligations.OrderBy(o => o.Key))
        {
            yield return OscalProp.Own("obligation", obligation.Kind.ToString(), level.ToKey());
            if (!obligation.IsKnockOut)
            {
                yield return OscalProp.Own("weight", obligation.Weight.ToString(CultureInfo.InvariantCulture), level.ToKey());
            }
        }

        foreach (var (key, value) in clause.When.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            yield return OscalProp.Own("when", value ? "true" : "false", key);
        }

        foreach (var deployment in clause.Deployment)
        {
            yield return OscalProp.Own("deployment", deployment);
        }

        foreach (var method in clause.Verification)
        {
            yield return OscalProp.Own("verification", method);
        }

        foreach (var deadline in clause.Deadlines)
        {
            yield return OscalProp.Own("deadline", deadline);
        }

        if (clause.Scoring is { } scoring)
        {
            yield return OscalProp.Own("scoring-parameter", OscalIds.Parameter(clause.Id, scoring.Parameter));
            yield return OscalProp.Own("full-points-at", scoring.FullAt.ToString(CultureInfo.InvariantCulture));
            yield return OscalProp.Own("lower-is-better", scoring.LowerIsBetter ? "true" : "false");
        }

        if (clause.Replaces is { } replaces)
        {
            yield return OscalProp.Own("replaces", replaces);
        }
    }

    /// <summary>What a tender made of a clause: its number, obligation, weight, level and lots (also the profile's alterations).</summary>
    internal static IEnumerable<OscalProp> RequirementProps(SelectedRequirement requirement)
    {
        yield return OscalProp.Own("number", requirement.Number);
        yield return OscalProp.Own("tender-obligation", requirement.Obligation.Kind.ToString());
        if (!requirement.Obligation.IsKnockOut)
        {
            yield return OscalProp.Own("tender-weight", requirement.Obligation.Weight.ToString(CultureInfo.InvariantCulture));
        }

        yield return OscalProp.Own("tender-level", requirement.Level.ToKey());
        foreach (var lot in requirement.Lots)
        {
            yield return OscalProp.Own("lot", lot);
        }
    }

    private void WriteParams(Clause clause, SelectedRequirement? requirement)
    {
        if (clause.Parameters.Count == 0)
        {
            return;
        }

        var json = writer.Json;
        json.WriteStartArray("params");
        foreach (var parameter in clause.Parameters)
        {
            json.WriteStartObject();
            json.WriteString("id", OscalIds.Parameter(clause.Id, parameter.Name));
            writer.Props(ParameterProps(parameter, requirement?.Parameter(parameter.Name)));
            json.WriteString("label", parameter.Name);
            WriteConstraints(parameter);
            WriteDefaultsGuideline(parameter);
            if (requirement?.Parameter(parameter.Name) is { } resolved)
            {
                json.WriteStartArray("values");
                json.WriteStringValue(OscalJsonWriter.SingleLine(resolved.Display[language]));
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static IEnumerable<OscalProp> ParameterProps(Parameter parameter, ResolvedParameter? resolved)
    {
        yield return OscalProp.Own("type", Parameter.TypeNames[(int)parameter.Type]);
        yield return OscalProp.Own("unit", parameter.Unit);
        if (parameter.Min is { } min)
        {
            yield return OscalProp.Own("min", min.ToString(CultureInfo.InvariantCulture));
        }

        if (parameter.Max is { } max)
        {
            yield return OscalProp.Own("max", max.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var (level, value) in parameter.Defaults.OrderBy(d => d.Key))
        {
            yield return OscalProp.Own("default", value, level.ToKey());
        }

        if (resolved is not null)
        {
            yield return OscalProp.Own("value", resolved.Value);
            yield return OscalProp.Own("value-source", resolved.Source == ParameterSource.Tender ? "tender" : "default");
        }
    }

    private void WriteConstraints(Parameter parameter)
    {
        if (parameter.Min is null && parameter.Max is null)
        {
            return;
        }

        var json = writer.Json;
        var words = OscalLabels.For(language);
        var bounds = new List<string>();
        if (parameter.Min is { } min)
        {
            bounds.Add($"{words.AtLeast} {Quantity(min, parameter)}");
        }

        if (parameter.Max is { } max)
        {
            bounds.Add($"{words.AtMost} {Quantity(max, parameter)}");
        }

        json.WriteStartArray("constraints");
        json.WriteStartObject();
        json.WriteString("description", string.Join(", ", bounds));
        json.WriteStartArray("tests");
        if (parameter.Min is { } low)
        {
            json.WriteStartObject();
            json.WriteString("expression", $"value >= {low.ToString(CultureInfo.InvariantCulture)}");
            json.WriteEndObject();
        }

        if (parameter.Max is { } high)
        {
            json.WriteStartObject();
            json.WriteString("expression", $"value <= {high.ToString(CultureInfo.InvariantCulture)}");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private void WriteDefaultsGuideline(Parameter parameter)
    {
        if (parameter.Defaults.Count == 0)
        {
            return;
        }

        var words = OscalLabels.For(language);
        var defaults = parameter.Defaults.OrderBy(d => d.Key)
            .Select(d => $"{d.Key.Display(language)}: {(parameter.IsNumeric ? QuantityFormatter.Format(d.Value, parameter.Unit, language) : d.Value)}");
        var json = writer.Json;
        json.WriteStartArray("guidelines");
        json.WriteStartObject();
        json.WriteString("prose", $"{words.DefaultsByLevel} {string.Join("; ", defaults)}");
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private string Quantity(decimal value, Parameter parameter) =>
        QuantityFormatter.Format(value.ToString(CultureInfo.InvariantCulture), parameter.Unit, language);

    private void WriteLinks(Clause clause)
    {
        if (clause.References.Count == 0)
        {
            return;
        }

        var json = writer.Json;
        json.WriteStartArray("links");
        foreach (var reference in clause.References)
        {
            json.WriteStartObject();
            json.WriteString("href", "#" + OscalStandards.ResourceUuid(reference.Standard));
            json.WriteString("rel", "reference");
            json.WriteString("resource-fragment", Uri.EscapeDataString(reference.Item));
            writer.Line("text", $"{reference.Standard} {reference.Item}{standards.TitleSuffix(reference, language)}");
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteParts(Clause clause, SelectedRequirement? requirement)
    {
        var json = writer.Json;
        json.WriteStartArray("parts");
        Part(OscalIds.Statement(clause.Id), "statement", null, OscalProse.WithInserts(clause, clause.Text(language).Body));
        if (clause.Evidence[language].Length > 0)
        {
            Part(OscalIds.Evidence(clause.Id), "evidence", OscalNames.Namespace, clause.Evidence[language]);
        }

        if (clause.Rationale[language].Length > 0)
        {
            Part(OscalIds.Guidance(clause.Id), "guidance", null, clause.Rationale[language]);
        }

        if (requirement is not null && requirement.Reason[language].Length > 0)
        {
            Part(OscalIds.Control(clause.Id) + "_rsn", "selection-reason", OscalNames.Namespace, requirement.Reason[language]);
        }

        json.WriteEndArray();
    }

    private void Part(string id, string name, string? ns, string prose)
    {
        var json = writer.Json;
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("name", name);
        if (ns is not null)
        {
            json.WriteString("ns", ns);
        }

        writer.Prose("prose", prose);
        json.WriteEndObject();
    }
}
