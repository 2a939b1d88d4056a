using ProcurementKit.Catalog;
using ProcurementKit.Tenders;

namespace ProcurementKit.Evaluation.Methods;

/// <summary>A UfAB award method: its name and rule as the documents state them, and how it ranks the admissible offers.</summary>
public interface IAwardMethod
{
    AwardMethod Kind { get; }

    /// <summary>The method's name, e.g. "Einfache Richtwertmethode (UfAB)".</summary>
    LocalizedText Name { get; }

    /// <summary>One or two sentences on how the winner is found, with the announced figures.</summary>
    LocalizedText Rule { get; }

    /// <summary>False where performance points do not decide (lowest price).</summary>
    bool UsesPerformance { get; }

    Ranking Rank(IReadOnlyList<OfferFigures> admissible);
}

/// <summary>Finds the implementation of the award method a tender names.</summary>
public static class AwardMethods
{
    /// <summary>The method the tender announced, with its parameters.</summary>
    public static IAwardMethod For(EvaluationSettings settings) => settings.Method switch
    {
        AwardMethod.PriceOnly => new PriceOnlyMethod(),
        AwardMethod.SimpleReferenceValue => new SimpleReferenceValueMethod(),
        _ => new ExtendedReferenceValueMethod(settings.FluctuationPercent, settings.TieBreaker),
    };
}
