namespace ProcurementKit.Catalog.Yaml;

/// <summary>
/// One string instance per distinct value read from a catalog's YAML. Clauses repeat their vocabulary
/// (categories, standards, verification methods, approvers, dates) and often whole evidence and rationale
/// texts; sharing them keeps a loaded 10,000-clause catalog about a quarter smaller. One per load, so nothing
/// outlives the catalog.
/// </summary>
internal sealed class YamlStrings
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public string Share(string value)
    {
        if (_known.TryGetValue(value, out var known))
        {
            return known;
        }

        _known.Add(value);
        return value;
    }
}
