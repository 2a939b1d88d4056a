using ProcurementKit.Diagnostics;
using Microsoft.Extensions.Configuration;
using ProcurementKit.Catalog;
using ProcurementKit.Text;

namespace ProcurementKit.Tenders;

/// <summary>Reads the tender's context flags; the catalog declares which exist.</summary>
internal static class ContextReader
{
    public static IReadOnlyDictionary<string, bool> Read(IConfigurationSection section, RequirementsCatalog catalog, SectionReader reader)
    {
        var known = catalog.ContextKeys.Select(k => k.Name).ToList();
        var result = new SortedDictionary<string, bool>(StringComparer.Ordinal);
        foreach (var child in section.GetChildren())
        {
            var name = known.FirstOrDefault(k => string.Equals(k, child.Key, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                reader.Add(TenderDiagnostics.UnknownKey(reader.File, child.Path, "context key", known));
                continue;
            }

            if (reader.Bool(section, child.Key) is { } value)
            {
                result[name] = value;
            }
        }

        return result;
    }
}
