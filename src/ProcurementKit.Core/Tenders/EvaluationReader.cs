using Microsoft.Extensions.Configuration;
using ProcurementKit.Text;

namespace ProcurementKit.Tenders;

/// <summary>Reads the announced award method; unset values take the UfAB defaults.</summary>
internal static class EvaluationReader
{
    public static EvaluationSettings Read(IConfigurationSection section, SectionReader reader)
    {
        var defaults = EvaluationSettings.Default;
        var method = section["method"] ?? defaults.Method;
        if (!EvaluationSettings.Methods.Contains(method))
        {
            reader.Error($"{section.Path}:method", $"unknown method '{method}'{Suggestions.Hint(method, EvaluationSettings.Methods)}; valid: {string.Join(", ", EvaluationSettings.Methods)}");
        }

        var tieBreaker = section["tieBreaker"] ?? defaults.TieBreaker;
        if (!EvaluationSettings.TieBreakers.Contains(tieBreaker))
        {
            reader.Error($"{section.Path}:tieBreaker", $"unknown tie-breaker '{tieBreaker}'; valid: {string.Join(", ", EvaluationSettings.TieBreakers)}");
        }

        var maxPoints = reader.Number(section, "maxPoints") ?? defaults.MaxPoints;
        if (maxPoints < 1 || maxPoints != decimal.Truncate(maxPoints))
        {
            reader.Error($"{section.Path}:maxPoints", $"'{maxPoints}' must be a whole number of at least 1 (UfAB uses 10)");
        }

        var fluctuation = reader.Number(section, "fluctuationPercent") ?? defaults.FluctuationPercent;
        if (fluctuation is < 0 or > 100)
        {
            reader.Error($"{section.Path}:fluctuationPercent", $"'{fluctuation}' must lie between 0 and 100");
        }
        else if (method == "extended-reference-value" && fluctuation == 0)
        {
            reader.Error($"{section.Path}:fluctuationPercent", "the extended reference-value method needs a fluctuation range above 0 (e.g. 10)");
        }

        return new EvaluationSettings(method, (int)Math.Max(1, maxPoints), fluctuation, tieBreaker);
    }
}
