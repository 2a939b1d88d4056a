using System.Globalization;
using Microsoft.Extensions.Configuration;
using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Tenders;

/// <summary>Typed access to configuration sections that records a <see cref="Diagnostic"/> for every bad value.</summary>
internal sealed class SectionReader(string file, List<Diagnostic> errors)
{
    public string File => file;

    public void Add(Diagnostic diagnostic) => errors.Add(diagnostic);

    public string? Required(IConfiguration section, string key)
    {
        var value = section[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(TenderDiagnostics.Missing(file, Path(section, key), "it is required"));
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

        Add(TenderDiagnostics.NotBoolean(file, Path(section, key), value));
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

        Add(TenderDiagnostics.NotNumber(file, Path(section, key), value));
        return null;
    }

    public Level? Level(IConfigurationSection section)
    {
        var value = section.Value;
        if (Levels.TryParse(value, out var level))
        {
            return level;
        }

        Add(TenderDiagnostics.NotInVocabulary(file, section.Path, "a protection level", value ?? string.Empty, Levels.Names));
        return null;
    }

    public static IReadOnlyList<string> Strings(IConfigurationSection section) =>
        [.. section.GetChildren().OrderBy(c => Index(c.Key)).Select(c => c.Value).OfType<string>()];

    public IReadOnlyList<string> ClauseIds(IConfigurationSection section, RequirementsCatalog catalog)
    {
        var ids = Strings(section);
        foreach (var (id, i) in ids.Select((id, i) => (id, i)).Where(p => catalog.FindClause(p.id) is null))
        {
            Add(TenderDiagnostics.UnknownClause(file, $"{section.Path}:{i}", id, catalog.Clauses.Select(c => c.Id)));
        }

        return ids;
    }

    public static int Index(string key) => int.TryParse(key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : int.MaxValue;

    private static string Path(IConfiguration section, string key) =>
        section is IConfigurationSection s && s.Path.Length > 0 ? $"{s.Path}:{key}" : key;
}
