using System.Globalization;
using ProcurementKit.Catalog.Yaml;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Catalog;

/// <summary>Reads catalog.yaml <c>scoring-scale</c>: the published steps of the qualitative scale, each in German and English.</summary>
internal static class ScoringScaleReader
{
    /// <summary>The scale, or the built-in default when the key is absent or the scale is unusable (lint reports why).</summary>
    public static ScoringScale Read(YamlMap catalogYaml, DiagnosticBag diagnostics)
    {
        if (!catalogYaml.Has("scoring-scale"))
        {
            return ScoringScale.Default;
        }

        if (catalogYaml.Find("scoring-scale") is not YamlDotNet.RepresentationModel.YamlSequenceNode)
        {
            diagnostics.Add(CatalogDiagnostics.InvalidValue(
                catalogYaml.ValuePosition("scoring-scale"), "scoring-scale", "not a list", "a list of steps { points, de, en }"));
            return ScoringScale.Default;
        }

        var before = Errors(diagnostics);
        var steps = new List<ScaleStep>();
        var seen = new Dictionary<decimal, SourcePosition>();
        foreach (var step in catalogYaml.MapList("scoring-scale"))
        {
            step.WarnUnknownKeys(["points", "de", "en"]);
            if (!step.Has("points"))
            {
                diagnostics.Add(CatalogDiagnostics.MissingField(step.Position, "points"));
            }

            var points = step.Decimal("points");
            var de = step.String("de", required: true);
            var en = step.String("en", required: true);
            if (points is not { } p)
            {
                continue;
            }

            if (p < 0)
            {
                diagnostics.Add(CatalogDiagnostics.InvalidValue(step.ValuePosition("points"), "points", Text(p), "0 or more points"));
            }
            else if (!seen.TryAdd(p, step.ValuePosition("points")))
            {
                diagnostics.Add(CatalogDiagnostics.DuplicateId(step.ValuePosition("points"), "scale step", Text(p), seen[p]));
            }
            else if (de is not null && en is not null)
            {
                steps.Add(new ScaleStep(p, new LocalizedText(de, en)));
            }
        }

        if (!seen.ContainsKey(0))
        {
            diagnostics.Add(CatalogDiagnostics.InvalidValue(
                catalogYaml.ValuePosition("scoring-scale"), "scoring-scale", "no step with 0 points", "a step 'points: 0' for a requirement not met or not shown"));
        }

        return Errors(diagnostics) > before || steps.Count == 0
            ? ScoringScale.Default
            : new ScoringScale([.. steps.OrderBy(s => s.Points)]);
    }

    private static int Errors(DiagnosticBag diagnostics) => diagnostics.Items.Count(d => d.IsError);

    private static string Text(decimal points) => points.ToString(CultureInfo.InvariantCulture);
}
