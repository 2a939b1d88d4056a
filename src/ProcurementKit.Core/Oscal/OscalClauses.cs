using System.Globalization;
using System.Text.RegularExpressions;
using ProcurementKit.Catalog;

namespace ProcurementKit.Oscal;

/// <summary>What a control of a ProcurementKit OSCAL catalog says about its clause: read back from labels, props, params, links and parts.</summary>
public sealed record OscalClause(
    string Id,
    string Topic,
    string Title,
    string Text,
    ClauseStatus Status,
    int Version,
    IReadOnlyDictionary<Level, Obligation> Obligations,
    IReadOnlyList<Parameter> Parameters,
    IReadOnlyList<Reference> References);

/// <summary>
/// Turns the controls of a catalog written by <c>oscal catalog</c> back into clause facts: the clause id from the
/// <c>label</c> prop, parameters from their props, references from the links to back-matter resources, and the
/// statement with each insert turned back into its <c>{{name}}</c> placeholder. The round trip is tested.
/// </summary>
public static partial class OscalClauses
{
    public static IReadOnlyList<OscalClause> Read(OscalCatalog catalog)
    {
        var standards = catalog.Resources.ToDictionary(
            r => "#" + r.Uuid,
            r => r.Props.FirstOrDefault(p => p.Name == "standard" && p.IsOwn)?.Value ?? r.Title ?? r.Uuid,
            StringComparer.Ordinal);
        return [.. catalog.Controls.Select(c => Read(c, standards))];
    }

    private static OscalClause Read(OscalControl control, Dictionary<string, string> standards)
    {
        var parameters = control.Params.Select(p => Parameter(p, control.Id)).ToList();
        var names = control.Params.Zip(parameters).ToDictionary(p => p.First.Id, p => p.Second.Name, StringComparer.Ordinal);
        var statement = control.Parts.FirstOrDefault(p => p.Name == "statement")?.Prose ?? string.Empty;
        return new OscalClause(
            control.Prop("label") ?? control.Id,
            control.Group,
            control.Title,
            Insert().Replace(statement, m => names.TryGetValue(m.Groups[1].Value, out var name) ? $"{{{{{name}}}}}" : m.Value),
            Enum.TryParse<ClauseStatus>(Own(control, "status"), ignoreCase: true, out var status) ? status : ClauseStatus.Draft,
            int.TryParse(Own(control, "version"), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0,
            Obligations(control),
            parameters,
            [.. control.Links.Where(l => l.Rel == "reference" && standards.ContainsKey(l.Href))
                .Select(l => new Reference(standards[l.Href], Uri.UnescapeDataString(l.ResourceFragment ?? string.Empty)))]);
    }

    private static Dictionary<Level, Obligation> Obligations(OscalControl control)
    {
        var result = new Dictionary<Level, Obligation>();
        foreach (var prop in control.Props.Where(p => p.IsOwn && p.Name == "obligation"))
        {
            if (Levels.TryParse(prop.Class, out var level))
            {
                var weight = control.Prop("weight", OscalNames.Namespace, prop.Class);
                result[level] = prop.Value == "B" && int.TryParse(weight, NumberStyles.None, CultureInfo.InvariantCulture, out var w)
                    ? Obligation.Scored(w)
                    : Obligation.Must;
            }
        }

        return result;
    }

    private static Parameter Parameter(OscalParam param, string controlId)
    {
        string? Prop(string name) => param.Props.FirstOrDefault(p => p.IsOwn && p.Name == name)?.Value;
        var prefix = controlId + "_prm_";
        var name = param.Label ?? (param.Id.StartsWith(prefix, StringComparison.Ordinal) ? param.Id[prefix.Length..] : param.Id);
        var type = Catalog.Parameter.TypeNames.ToList().IndexOf(Prop("type") ?? "text");
        var defaults = new Dictionary<Level, string>();
        foreach (var prop in param.Props.Where(p => p.IsOwn && p.Name == "default"))
        {
            if (Levels.TryParse(prop.Class, out var level))
            {
                defaults[level] = prop.Value;
            }
        }

        return new Parameter(name, type < 0 ? ParameterType.Text : (ParameterType)type, Prop("unit") ?? "none", Number(Prop("min")), Number(Prop("max")), defaults);
    }

    private static string? Own(OscalControl control, string name) => control.Prop(name, OscalNames.Namespace);

    private static decimal? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"\{\{\s*insert:\s*param,\s*([^\s}]+)\s*\}\}")]
    private static partial Regex Insert();
}
