using System.Globalization;
using ProcurementKit.Catalog;
using ProcurementKit.Selection;

namespace ProcurementKit.Evaluation;

/// <summary>
/// The scoring function of a quantitative B criterion (catalog <c>scoring</c>): the required value earns
/// 0 points, <see cref="Scoring.FullAt"/> or better earns full points, linear in between. Worse than the
/// required value the criterion is not met and earns nothing. "Better" is higher, or lower with
/// <see cref="LowerIsBetter"/> (a patch deadline of 24 h beats one of 72 h).
/// </summary>
public readonly record struct QuantitativeScore(decimal Required, decimal FullAt, bool LowerIsBetter = false)
{
    /// <summary>The function for a selected requirement, or null when its clause declares none.</summary>
    public static QuantitativeScore? For(SelectedRequirement requirement)
    {
        if (requirement.Clause.Scoring is not { } scoring || requirement.Parameter(scoring.Parameter) is not { } parameter
            || !decimal.TryParse(parameter.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var required))
        {
            return null;
        }

        return new QuantitativeScore(required, scoring.FullAt, scoring.LowerIsBetter);
    }

    public bool IsMet(decimal value) => LowerIsBetter ? value <= Required : value >= Required;

    public decimal Points(decimal value, int maxPoints)
    {
        // Mirrored, "lower is better" is "higher is better" on the negated scale.
        var (offered, required, full) = LowerIsBetter ? (-value, -Required, -FullAt) : (value, Required, FullAt);
        if (offered < required)
        {
            return 0;
        }

        // A tender may demand the full-points value itself; then meeting the requirement earns everything.
        if (offered >= full || full <= required)
        {
            return maxPoints;
        }

        return maxPoints * (offered - required) / (full - required);
    }
}
