using ProcurementKit.Diagnostics;
using Microsoft.Extensions.Configuration;
using ProcurementKit.Text;

namespace ProcurementKit.Tenders;

/// <summary>Reads the announced award method; unset values take the UfAB defaults.</summary>
internal static class EvaluationReader
{
    public static EvaluationSettings Read(IConfigurationSection section, SectionReader reader)
    {
        var defaults = EvaluationSettings.Default;
        var file = reader.File;
        var method = defaults.Method;
        if (section["method"] is { } methodKey && !AwardMethodKeys.TryParseMethod(methodKey, out method))
        {
            reader.Add(TenderDiagnostics.NotInVocabulary(file, $"{section.Path}:method", "an award method", methodKey, AwardMethodKeys.Methods));
        }

        var tieBreaker = defaults.TieBreaker;
        if (section["tieBreaker"] is { } tieKey && !AwardMethodKeys.TryParseTieBreaker(tieKey, out tieBreaker))
        {
            reader.Add(TenderDiagnostics.NotInVocabulary(file, $"{section.Path}:tieBreaker", "a tie-breaker", tieKey, AwardMethodKeys.TieBreakers));
        }

        var maxPoints = reader.Number(section, "maxPoints") ?? defaults.MaxPoints;
        if (maxPoints < 1 || maxPoints != decimal.Truncate(maxPoints))
        {
            reader.Add(TenderDiagnostics.OutOfRange(file, $"{section.Path}:maxPoints", $"'{maxPoints}' must be a whole number of at least 1 (UfAB uses 10)"));
        }

        var fluctuation = reader.Number(section, "fluctuationPercent") ?? defaults.FluctuationPercent;
        if (fluctuation is < 0 or > 100)
        {
            reader.Add(TenderDiagnostics.OutOfRange(file, $"{section.Path}:fluctuationPercent", $"'{fluctuation}' must lie between 0 and 100"));
        }
        else if (method == AwardMethod.ExtendedReferenceValue && fluctuation == 0)
        {
            reader.Add(TenderDiagnostics.MethodMismatch(
                file, $"{section.Path}:fluctuationPercent", "the extended reference-value method needs a fluctuation range above 0", "announce it, e.g. 10"));
        }

        return new EvaluationSettings(method, (int)Math.Max(1, maxPoints), fluctuation, tieBreaker);
    }
}
