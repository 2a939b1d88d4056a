using ProcurementKit.Catalog.Yaml;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Catalog;

/// <summary>Reads a clause's <c>parameters</c> mapping and the <c>scoring</c> that refers to one of them.</summary>
internal sealed class ClauseParametersReader(YamlMap map, DiagnosticBag diagnostics)
{
    public IReadOnlyList<Parameter> Parameters()
    {
        if (map.Map("parameters") is not { } parameters)
        {
            return [];
        }

        var result = new List<Parameter>();
        foreach (var (name, at, value) in parameters.Entries())
        {
            if (parameters.AsMap(value) is not { } entry)
            {
                diagnostics.Add(CatalogDiagnostics.InvalidParameter(at, name, "expected { type: integer, unit: years, min: 5, normal: 5, high: 7, very-high: 10 }"));
                continue;
            }

            if (ParameterReader.Read(name, entry, diagnostics) is { } parameter)
            {
                result.Add(parameter);
            }
        }

        return result;
    }

    public Scoring? Scoring(IReadOnlyList<Parameter> parameters)
    {
        if (map.Map("scoring") is not { } scoring)
        {
            return null;
        }

        var parameter = scoring.String("parameter", required: true);
        var fullAt = scoring.Decimal("full-at");
        if (fullAt is null)
        {
            diagnostics.Add(CatalogDiagnostics.MissingField(scoring.Position, "full-at"));
        }

        if (parameter is not null && !parameters.Any(p => p.Name == parameter))
        {
            diagnostics.Add(CatalogDiagnostics.UnknownScoringParameter(scoring.ValuePosition("parameter"), parameter));
            return null;
        }

        var better = scoring.String("better") ?? "higher";
        if (better is not ("higher" or "lower"))
        {
            diagnostics.Add(CatalogDiagnostics.InvalidValue(scoring.ValuePosition("better"), "scoring.better", better, "higher or lower"));
        }

        return parameter is null || fullAt is null ? null : new Scoring(parameter, fullAt.Value, better == "lower");
    }
}
