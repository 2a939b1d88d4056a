using System.Globalization;
using ProcurementKit.Catalog;
using ProcurementKit.Selection;

namespace ProcurementKit.Evaluation;

/// <summary>
/// The scoring function of a quantitative B criterion (catalog <c>scoring</c>): the required value earns
/// 0 points, <see cref="Scoring.FullAt"/> or more earns full points, linear in between. Below the
/// required value the criterion is not met and earns nothing.
/// </summary>
public readonly record struct QuantitativeScore(decimal Required, decimal FullAt)
{
    /// <summary>The function for a selected requirement, or null when its clause declares none.</summary>
    public static QuantitativeScore? For(SelectedRequirement requirement)
    {
        if (requirement.Clause.Scoring is not { } scoring || requirement.Parameter(scoring.Parameter) is not { } parameter
            || !decimal.TryParse(parameter.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var required))
        {
            return null;
        }

        return new QuantitativeScore(required, scoring.FullAt);
    }

    public bool IsMet(decimal value) => value >= Required;

    public decimal Points(decimal value, int maxPoints)
    {
        if (value < Required)
        {
            return 0;
        }

        // A tender may demand the full-points value itself; then meeting the requirement earns everything.
        if (value >= FullAt || FullAt <= Required)
        {
            return maxPoints;
        }

        return maxPoints * (value - Required) / (FullAt - Required);
    }
}
