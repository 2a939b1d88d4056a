using ProcurementKit.Diagnostics;
using Microsoft.Extensions.Configuration;
using ProcurementKit.Catalog;
using ProcurementKit.Text;

namespace ProcurementKit.Tenders;

/// <summary>Reads a protectionNeeds object: { goal: { level, reason } } for the tender or one lot.</summary>
internal sealed class ProtectionNeedReader(SectionReader reader)
{
    public IReadOnlyDictionary<ProtectionGoal, ProtectionNeed> Read(IConfigurationSection section, bool required)
    {
        var result = new SortedDictionary<ProtectionGoal, ProtectionNeed>();
        var named = new HashSet<ProtectionGoal>();
        foreach (var child in section.GetChildren())
        {
            if (!ProtectionGoals.TryParse(child.Key, out var goal))
            {
                reader.Add(TenderDiagnostics.UnknownKey(reader.File, child.Path, "protection goal", ProtectionGoals.Names));
                continue;
            }

            named.Add(goal);
            var levelSection = child.GetSection("level");
            if (levelSection.Value is null)
            {
                reader.Add(TenderDiagnostics.Missing(reader.File, levelSection.Path, "give normal, high or very-high"));
                continue;
            }

            if (reader.Level(levelSection) is { } level)
            {
                var reason = child["reason"] ?? string.Empty;
                if (required && reason.Trim().Length == 0)
                {
                    reader.Add(TenderDiagnostics.Missing(reader.File, $"{child.Path}:reason", "a protection-need determination records why a level was chosen"));
                }

                result[goal] = new ProtectionNeed(level, reason.Trim());
            }
        }

        if (required)
        {
            foreach (var goal in ProtectionGoals.All.Where(g => !result.ContainsKey(g)))
            {
                result[goal] = new ProtectionNeed(Level.Normal, string.Empty);
                if (named.Contains(goal))
                {
                    continue;
                }

                reader.Add(TenderDiagnostics.Missing(reader.File, $"protectionNeeds:{goal.ToKey()}", "the tender must set confidentiality, integrity and availability"));
            }
        }

        return result;
    }
}
