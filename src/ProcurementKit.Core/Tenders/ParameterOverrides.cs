using ProcurementKit.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using ProcurementKit.Catalog;
using ProcurementKit.Text;

namespace ProcurementKit.Tenders;

/// <summary>Reads the tender's parameter overrides; each must be a parameter some clause declares.</summary>
internal static class ParameterOverrides
{
    public static IReadOnlyDictionary<string, string> Read(IConfigurationSection section, RequirementsCatalog catalog, SectionReader reader)
    {
        var declared = catalog.Clauses.SelectMany(c => c.Parameters).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First());
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var child in section.GetChildren())
        {
            var name = declared.Keys.FirstOrDefault(k => string.Equals(k, child.Key, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                reader.Add(TenderDiagnostics.UnknownKey(reader.File, child.Path, "parameter", [.. declared.Keys.Order(StringComparer.Ordinal)]));
                continue;
            }

            var value = child.Value ?? string.Empty;
            if (declared[name].IsNumeric && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            {
                reader.Add(TenderDiagnostics.NotNumber(reader.File, child.Path, value));
                continue;
            }

            result[name] = value;
        }

        return result;
    }
}
