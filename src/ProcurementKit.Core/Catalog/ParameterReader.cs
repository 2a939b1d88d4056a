using System.Globalization;
using ProcurementKit.Catalog.Yaml;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Catalog;

/// <summary>Reads one entry of a clause's <c>parameters</c> mapping.</summary>
internal static class ParameterReader
{
    public static Parameter? Read(string name, YamlMap entry, DiagnosticBag diagnostics)
    {
        entry.WarnUnknownKeys(["type", "unit", "min", "max", "normal", "high", "very-high", "description", "label"]);
        var typeText = entry.String("type") ?? "integer";
        var typeIndex = Parameter.TypeNames.ToList().IndexOf(typeText);
        if (typeIndex < 0)
        {
            diagnostics.Add(CatalogDiagnostics.InvalidParameter(entry.ValuePosition("type"), name, $"type '{typeText}' is not one of {string.Join(", ", Parameter.TypeNames)}"));
            return null;
        }

        var type = (ParameterType)typeIndex;
        var unit = entry.String("unit") ?? "none";
        if (!Parameter.Units.Contains(unit))
        {
            diagnostics.Add(CatalogDiagnostics.InvalidParameter(entry.ValuePosition("unit"), name, $"unit '{unit}' is not one of {string.Join(", ", Parameter.Units)}{Text.Suggestions.Hint(unit, Parameter.Units)}"));
            unit = "none";
        }

        var min = type == ParameterType.Text ? null : entry.Decimal("min");
        var max = type == ParameterType.Text ? null : entry.Decimal("max");
        var bounds = new ParameterBounds(name, entry, min, max, diagnostics);
        var defaults = ReadDefaults(name, entry, type, bounds, diagnostics);

        if (defaults.Count == 0)
        {
            diagnostics.Add(CatalogDiagnostics.InvalidParameter(entry.Position, name, "no default; give at least 'normal' (and 'high', 'very-high' where the value rises)"));
        }
        else if (type != ParameterType.Text && !Rising(defaults))
        {
            diagnostics.Add(CatalogDiagnostics.DefaultsNotRising(entry.Position, name));
        }

        var label = entry.Localized("label");
        if (label is null)
        {
            diagnostics.Add(CatalogDiagnostics.MissingParameterLabel(entry.Position, name));
        }

        return new Parameter(name, type, unit, min, max, defaults) { Label = label };
    }

    /// <summary>The per-level defaults; a numeric one that is no number is reported and left out.</summary>
    private static SortedDictionary<Level, string> ReadDefaults(string name, YamlMap entry, ParameterType type, ParameterBounds bounds, DiagnosticBag diagnostics)
    {
        var defaults = new SortedDictionary<Level, string>();
        foreach (var level in Levels.All)
        {
            var key = level.ToKey();
            if (entry.String(key) is not { } value)
            {
                continue;
            }

            if (type != ParameterType.Text)
            {
                if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                    || (type == ParameterType.Integer && number != decimal.Truncate(number)))
                {
                    diagnostics.Add(CatalogDiagnostics.InvalidParameter(entry.ValuePosition(key), name, $"default '{value}' for '{key}' is not {(type == ParameterType.Integer ? "a whole number" : "a number")}"));
                    continue;
                }

                bounds.CheckDefault(key, number);
            }

            defaults[level] = value;
        }

        return defaults;
    }

    /// <summary>Parameters where lower is stricter (deadlines) may fall; we only warn when a value falls and rises again.</summary>
    private static bool Rising(SortedDictionary<Level, string> defaults)
    {
        var values = defaults.Values.Select(v => decimal.Parse(v, CultureInfo.InvariantCulture)).ToList();
        var up = values.Zip(values.Skip(1)).All(p => p.First <= p.Second);
        var down = values.Zip(values.Skip(1)).All(p => p.First >= p.Second);
        return up || down;
    }
}
