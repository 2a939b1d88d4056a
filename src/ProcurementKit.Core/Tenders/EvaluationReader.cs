using System.Globalization;
using Microsoft.Extensions.Configuration;
using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Tenders;

/// <summary>Reads the announced award method; unset values take the UfAB defaults.</summary>
internal static class EvaluationReader
{
    public static EvaluationSettings Read(IConfigurationSection section, SectionReader reader, ScoringScale catalogScale)
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
        var scale = ScaleReader.Read(section.GetSection("scale"), reader);
        if (maxPoints < 1 || maxPoints != decimal.Truncate(maxPoints))
        {
            reader.Add(TenderDiagnostics.OutOfRange(file, $"{section.Path}:maxPoints", $"'{maxPoints}' must be a whole number of at least 1 (UfAB uses 10)"));
        }
        else
        {
            CheckScale(scale, catalogScale, maxPoints, section.Path, reader);
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

        return new EvaluationSettings(method, (int)Math.Max(1, maxPoints), fluctuation, tieBreaker) { Scale = scale };
    }

    /// <summary>
    /// The scale's top step is the full score of a criterion: if it differed from maxPoints, the published
    /// scale and the announced maximum would contradict each other.
    /// </summary>
    private static void CheckScale(ScoringScale? own, ScoringScale catalogScale, decimal maxPoints, string path, SectionReader reader)
    {
        var max = Text(maxPoints);
        if (own is { Steps.Count: > 0 } && own.Max != maxPoints)
        {
            reader.Add(TenderDiagnostics.MethodMismatch(
                reader.File, $"{path}:scale", $"the highest step of the scale is {Text(own.Max)} points, but maxPoints is {max}",
                $"make the highest step {max} points, or set maxPoints to {Text(own.Max)}"));
        }
        else if (own is null && catalogScale.Max != maxPoints)
        {
            reader.Add(TenderDiagnostics.MethodMismatch(
                reader.File, $"{path}:maxPoints", $"maxPoints is {max}, but the catalog's scale goes up to {Text(catalogScale.Max)} points",
                $"announce a scale up to {max} points in evaluation.scale, or set maxPoints to {Text(catalogScale.Max)}"));
        }
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
