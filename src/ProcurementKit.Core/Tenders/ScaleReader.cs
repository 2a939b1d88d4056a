using System.Globalization;
using Microsoft.Extensions.Configuration;
using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Tenders;

/// <summary>Reads <c>evaluation.scale</c>, a tender's own qualitative scale, by the rules of catalog.yaml <c>scoring-scale</c>.</summary>
internal static class ScaleReader
{
    public static ScoringScale? Read(IConfigurationSection section, SectionReader reader)
    {
        if (!section.Exists())
        {
            return null;
        }

        var file = reader.File;
        var steps = new List<ScaleStep>();
        var seen = new HashSet<decimal>();
        var children = section.GetChildren().OrderBy(c => SectionReader.Index(c.Key)).ToList();
        foreach (var step in children)
        {
            foreach (var key in step.GetChildren().Select(c => c.Key).Where(k => k is not ("points" or "de" or "en")))
            {
                reader.Add(TenderDiagnostics.UnknownKey(file, $"{step.Path}:{key}", "key of a scale step", ["points", "de", "en"]));
            }

            var points = step["points"] is null ? null : reader.Number(step, "points");
            if (step["points"] is null)
            {
                reader.Add(TenderDiagnostics.Missing(file, $"{step.Path}:points", "every step names its points"));
            }

            var de = reader.Required(step, "de");
            var en = reader.Required(step, "en");
            if (points is not { } p)
            {
                continue;
            }

            if (p < 0)
            {
                reader.Add(TenderDiagnostics.OutOfRange(file, $"{step.Path}:points", $"'{Text(p)}' must be 0 or more"));
            }
            else if (!seen.Add(p))
            {
                reader.Add(TenderDiagnostics.Duplicate(file, $"{step.Path}:points", $"{Text(p)} points are given twice; each step needs its own points"));
            }
            else if (de is not null && en is not null)
            {
                steps.Add(new ScaleStep(p, new LocalizedText(de, en)));
            }
        }

        if (!seen.Contains(0))
        {
            reader.Add(TenderDiagnostics.Missing(file, section.Path, "the scale needs a step with 0 points for a requirement not met or not shown"));
        }

        // A scale with a broken step is reported already; its top step would only add a second, misleading error.
        return steps.Count == children.Count ? new ScoringScale([.. steps.OrderBy(s => s.Points)]) : new ScoringScale([]);
    }

    private static string Text(decimal points) => points.ToString(CultureInfo.InvariantCulture);
}
