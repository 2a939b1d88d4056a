using System.Globalization;
using ProcurementKit.Catalog;
using ProcurementKit.Selection;

namespace ProcurementKit.Evaluation;

/// <summary>How criteria earn points, as the form, the matrix and the report state it.</summary>
public static class MethodText
{
    /// <summary>How A and B criteria are judged, and who gives the points.</summary>
    public static string Points(TenderSelection selection, Language language)
    {
        var max = selection.Tender.Evaluation.MaxPoints.ToString(CultureInfo.InvariantCulture);
        var steps = string.Join(" / ", selection.Scale.Steps.Select(s => s.Points.ToString("0.##", language.Culture())));
        return EvaluationLabels.For(language).Points(max, steps);
    }
}
