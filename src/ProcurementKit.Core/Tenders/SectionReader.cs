using System.Globalization;
using Microsoft.Extensions.Configuration;
using ProcurementKit.Catalog;
using ProcurementKit.Text;

namespace ProcurementKit.Tenders;

/// <summary>Typed access to configuration sections that records a <see cref="TenderError"/> for every bad value.</summary>
internal sealed class SectionReader(string file, List<TenderError> errors)
{
    public void Error(string key, string message) => errors.Add(new TenderError(file, key, message));

    public string? Required(IConfiguration section, string key)
    {
        var value = section[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(Path(section, key), "is missing; it is required");
            return null;
        }

        return value.Trim();
    }

    public bool? Bool(IConfiguration section, string key)
    {
        var value = section[key];
        if (value is null)
        {
            return null;
        }

        if (bool.TryParse(value, out var result))
        {
            return result;
        }

        Error(Path(section, key), $"'{value}' is not true or false");
        return null;
    }

    public decimal? Number(IConfiguration section, string key)
    {
        var value = section[key];
        if (value is null)
        {
            return null;
        }

        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        Error(Path(section, key), $"'{value}' is not a number");
        return null;
    }

    public Level? Level(IConfigurationSection section)
    {
        var value = section.Value;
        if (Levels.TryParse(value, out var level))
        {
            return level;
        }

        Error(section.Path, $"'{value}' is not a protection level{Suggestions.Hint(value ?? string.Empty, Levels.Names)}; valid: {string.Join(", ", Levels.Names)}");
        return null;
    }

    public static IReadOnlyList<string> Strings(IConfigurationSection section) =>
        [.. section.GetChildren().OrderBy(c => Index(c.Key)).Select(c => c.Value).OfType<string>()];

    public IReadOnlyList<string> ClauseIds(IConfigurationSection section, RequirementsCatalog catalog)
    {
        var ids = Strings(section);
        foreach (var (id, i) in ids.Select((id, i) => (id, i)).Where(p => catalog.FindClause(p.id) is null))
        {
            Error($"{section.Path}:{i}", $"clause '{id}' is not in the catalog{Suggestions.Hint(id, catalog.Clauses.Select(c => c.Id))}");
        }

        return ids;
    }

    public static int Index(string key) => int.TryParse(key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : int.MaxValue;

    private static string Path(IConfiguration section, string key) =>
        section is IConfigurationSection s && s.Path.Length > 0 ? $"{s.Path}:{key}" : key;
}
