using ProcurementKit.Catalog;
using ProcurementKit.Selection;

namespace ProcurementKit.Evaluation;

/// <summary>Where a criterion's points (or its verdict) come from; the report names it for every figure.</summary>
public enum PointSource
{
    /// <summary>From the bidder's own answer: "nicht erfüllt" or no answer gives 0; for an A criterion the self-declaration.</summary>
    Answer,

    /// <summary>From the value the bidder stated, by the announced linear formula.</summary>
    Formula,

    /// <summary>Given by the evaluator on the announced scale, with a reason.</summary>
    Evaluator,

    /// <summary>Needs the evaluator's points; counted as 0 until given, and the result is provisional.</summary>
    Pending,
}

/// <summary>How one offer fares on one requirement: points for a B criterion, met or not for an A criterion.</summary>
/// <param name="Points">0..maxPoints for B criteria; null for A criteria and while pending.</param>
/// <param name="Exclusion">Why the offer is excluded, when this is an A criterion it does not meet.</param>
/// <param name="Reason">The evaluator's reason for the points, or for an A criterion the note that the evidence was checked.</param>
public sealed record CriterionScore(
    SelectedRequirement Requirement,
    RequirementAnswer Answer,
    decimal? Points,
    PointSource Source,
    LocalizedText? Exclusion,
    string Reason = "")
{
    public bool IsKnockOut => Requirement.Obligation.IsKnockOut;

    /// <summary>For an A criterion: the evaluator recorded that the evidence was checked.</summary>
    public bool EvidenceChecked => IsKnockOut && Reason.Length > 0;

    /// <summary>Points times weight; pending criteria count as 0.</summary>
    public decimal Weighted => IsKnockOut ? 0 : (Points ?? 0) * Requirement.Obligation.Weight;
}
