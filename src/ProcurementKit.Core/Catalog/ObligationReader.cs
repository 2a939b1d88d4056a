using ProcurementKit.Catalog.Yaml;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Catalog;

/// <summary>Reads a clause's <c>obligation</c> mapping: one A or B entry per level from <c>from-level</c> upwards.</summary>
internal sealed class ObligationReader(YamlMap map, DiagnosticBag diagnostics)
{
    public IReadOnlyDictionary<Level, Obligation> Read(Level fromLevel)
    {
        var result = new SortedDictionary<Level, Obligation>();
        var obligation = map.Map("obligation", required: true);
        if (obligation is null)
        {
            return result;
        }

        foreach (var (key, at, value) in obligation.Entries())
        {
            if (!Levels.TryParse(key, out var level))
            {
                diagnostics.Add(CatalogDiagnostics.UnknownLevel(at, key, Levels.Names));
                continue;
            }

            if (obligation.AsMap(value) is not { } entry)
            {
                diagnostics.Add(CatalogDiagnostics.InvalidValue(obligation.At(value), $"obligation.{key}", YamlMap.Describe(value), "{ kind: A } or { kind: B, weight: 3 }"));
                continue;
            }

            if (ReadObligation(entry) is { } parsed)
            {
                result[level] = parsed;
            }
        }

        foreach (var level in Levels.All.Where(l => l >= fromLevel && !result.ContainsKey(l)))
        {
            diagnostics.Add(CatalogDiagnostics.MissingObligation(map.PositionOf("obligation"), level.ToKey()));
        }

        return result;
    }

    private Obligation? ReadObligation(YamlMap entry)
    {
        var kind = entry.String("kind", required: true);
        switch (kind)
        {
            case "A":
                return Obligation.Must;
            case "B":
                var weight = entry.Int("weight", required: true);
                if (weight is null)
                {
                    return null;
                }

                if (weight is < 1 or > 5)
                {
                    diagnostics.Add(CatalogDiagnostics.WeightOutOfRange(entry.ValuePosition("weight"), weight.Value));
                }

                return Obligation.Scored(Math.Clamp(weight.Value, 1, 5));
            case null:
                return null;
            default:
                diagnostics.Add(CatalogDiagnostics.InvalidObligationKind(entry.ValuePosition("kind"), kind));
                return null;
        }
    }
}
