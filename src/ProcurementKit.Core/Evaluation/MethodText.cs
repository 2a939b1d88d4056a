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
        return language == Language.German
            ? $"A = Ausschlusskriterium: Jede Antwort außer „erfüllt“ führt zum Ausschluss; „erfüllt“ ist eine Eigenerklärung, deren Nachweis die Vergabestelle prüft. B = Wertungskriterium: 0 bis {max} Punkte mal Gewicht. Quantitative Kriterien: geforderter Wert = 0 Punkte, Wert für volle Punktzahl = {max}, dazwischen linear. Qualitative Kriterien: Die Antwort des Bieters ist eine Angabe, keine Bewertung; die Vergabestelle vergibt die Punkte auf der bekannt gemachten Skala ({steps}) und begründet sie. „Nicht erfüllt“ oder keine Antwort = 0 Punkte."
            : $"A = knock-out criterion: any answer other than “met” excludes the offer; “met” is a self-declaration whose evidence the contracting authority checks. B = scored criterion: 0 to {max} points times weight. Quantitative criteria: required value = 0 points, full-points value = {max}, linear in between. Qualitative criteria: the bidder's answer is a statement, not a score; the contracting authority gives the points on the announced scale ({steps}) with a reason. “Not met” or no answer = 0 points.";
    }
}
