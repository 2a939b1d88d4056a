using System.Globalization;
using ProcurementKit.Catalog;
using ProcurementKit.Tenders;

namespace ProcurementKit.Evaluation;

/// <summary>How B criteria earn points, as the form, the matrix and the report state it.</summary>
public static class MethodText
{
    /// <summary>How B criteria earn points.</summary>
    public static string Points(EvaluationSettings settings, Language language)
    {
        var max = settings.MaxPoints.ToString(CultureInfo.InvariantCulture);
        return language == Language.German
            ? $"A = Ausschlusskriterium: Jede Antwort außer „erfüllt“ führt zum Ausschluss. B = Bewertungskriterium: 0 bis {max} Punkte mal Gewicht; „erfüllt“ = {max}, „nicht erfüllt“ = 0, „teilweise erfüllt“ = Punkte nach Bewertung. Quantitative Kriterien: geforderter Wert = 0 Punkte, Wert für volle Punktzahl = {max}, dazwischen linear."
            : $"A = knock-out criterion: any answer other than “met” excludes the offer. B = scored criterion: 0 to {max} points times weight; “met” = {max}, “not met” = 0, “partially met” = points as assessed. Quantitative criteria: required value = 0 points, full-points value = {max}, linear in between.";
    }
}
