using ProcurementKit.Catalog;
using ProcurementKit.Selection;

namespace ProcurementKit.Evaluation;

/// <summary>Where a criterion's points come from.</summary>
public enum PointSource
{
    /// <summary>Follows from the answer or the stated value by the announced rules.</summary>
    Auto,

    /// <summary>Given by the evaluator (e.g. for "teilweise erfüllt").</summary>
    Evaluator,

    /// <summary>Needs the evaluator's points; counted as 0 until given, and the result is provisional.</summary>
    Pending,
}

/// <summary>How one offer fares on one requirement: points for a B criterion, met or not for an A criterion.</summary>
/// <param name="Points">0..maxPoints for B criteria; null for A criteria and while pending.</param>
/// <param name="Exclusion">Why the offer is excluded, when this is an A criterion it does not meet.</param>
public sealed record CriterionScore(
    SelectedRequirement Requirement,
    RequirementAnswer Answer,
    decimal? Points,
    PointSource Source,
    LocalizedText? Exclusion)
{
    public bool IsKnockOut => Requirement.Obligation.IsKnockOut;

    /// <summary>Points times weight; pending criteria count as 0.</summary>
    public decimal Weighted => IsKnockOut ? 0 : (Points ?? 0) * Requirement.Obligation.Weight;
}
