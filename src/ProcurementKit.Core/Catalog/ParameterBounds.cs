using ProcurementKit.Catalog.Yaml;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Catalog;

/// <summary>
/// Checks a numeric parameter's <c>min</c>/<c>max</c> against each other and every per-level default
/// against them, so the catalog never ships a default a tender could not legally set.
/// </summary>
internal sealed class ParameterBounds
{
    private readonly string _name;
    private readonly YamlMap _entry;
    private readonly decimal? _min;
    private readonly decimal? _max;
    private readonly DiagnosticBag _diagnostics;
    private readonly bool _consistent;

    /// <summary>Reports <c>min</c> above <c>max</c> at once; the defaults are checked one by one as they are read.</summary>
    public ParameterBounds(string name, YamlMap entry, decimal? min, decimal? max, DiagnosticBag diagnostics)
    {
        (_name, _entry, _min, _max, _diagnostics) = (name, entry, min, max, diagnostics);
        _consistent = true;
        if (min is { } low && max is { } high && low > high)
        {
            _consistent = false;
            diagnostics.Add(CatalogDiagnostics.MinimumAboveMaximum(entry.ValuePosition("min"), name, low, high));
        }
    }

    /// <summary>Checks the default given under <paramref name="key"/> (normal, high, very-high).</summary>
    public void CheckDefault(string key, decimal value)
    {
        // With min above max every default would break one bound; one diagnostic on the bounds says it all.
        if (!_consistent)
        {
            return;
        }

        if (_min is { } min && value < min)
        {
            _diagnostics.Add(CatalogDiagnostics.DefaultBelowMinimum(_entry.ValuePosition(key), _name, key, value, min));
        }
        else if (_max is { } max && value > max)
        {
            _diagnostics.Add(CatalogDiagnostics.DefaultAboveMaximum(_entry.ValuePosition(key), _name, key, value, max));
        }
    }
}
