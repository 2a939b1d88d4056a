using ProcurementKit.Tenders;

namespace ProcurementKit.Evaluation.Methods;

/// <summary>A UfAB award method: ranks the admissible offers by their performance points and prices.</summary>
public interface IAwardMethod
{
    Ranking Rank(IReadOnlyList<OfferFigures> admissible);
}

/// <summary>Finds the implementation of the award method a tender names.</summary>
public static class AwardMethods
{
    /// <summary>The method the tender announced, with its parameters.</summary>
    public static IAwardMethod For(EvaluationSettings settings) => settings.Method switch
    {
        "price-only" => new PriceOnlyMethod(),
        "simple-reference-value" => new SimpleReferenceValueMethod(),
        "extended-reference-value" => new ExtendedReferenceValueMethod(settings.FluctuationPercent, settings.TieBreaker),
        _ => throw new ArgumentException($"unknown award method '{settings.Method}'", nameof(settings)),
    };
}
