using System.Globalization;
using ProcurementKit.Catalog;
using ProcurementKit.Tenders;

namespace ProcurementKit.Evaluation;

/// <summary>The announced award method in words, as the form, the matrix and the report state it.</summary>
public static class MethodText
{
    public static string Name(EvaluationSettings settings, Language language) => (settings.Method, language) switch
    {
        ("price-only", Language.German) => "Niedrigster Preis",
        ("price-only", _) => "Lowest price",
        ("simple-reference-value", Language.German) => "Einfache Richtwertmethode (UfAB)",
        ("simple-reference-value", _) => "Simple reference-value method (UfAB)",
        (_, Language.German) => "Erweiterte Richtwertmethode (UfAB)",
        _ => "Extended reference-value method (UfAB)",
    };

    /// <summary>One or two sentences on how the winner is found.</summary>
    public static string Rule(EvaluationSettings settings, Language language)
    {
        var f = settings.FluctuationPercent.ToString("0.##", language.Culture());
        var de = language == Language.German;
        return settings.Method switch
        {
            "price-only" => de
                ? "Den Zuschlag erhält das zulässige Angebot mit dem niedrigsten Gesamtpreis."
                : "The admissible offer with the lowest total price wins.",
            "simple-reference-value" => de
                ? "Kennzahl Z = Leistungspunkte L / Preis P; den Zuschlag erhält das zulässige Angebot mit der höchsten Kennzahl."
                : "Key figure Z = performance points L / price P; the admissible offer with the highest Z wins.",
            _ => de
                ? $"Kennzahl Z = L / P. Alle Angebote, deren Z höchstens {f} % unter dem besten Z liegt, bilden den Korridor; darin entscheidet {(settings.TieBreaker == "price" ? "der niedrigste Preis" : "die höchste Leistungspunktzahl")}."
                : $"Key figure Z = L / P. All offers whose Z lies at most {f} % below the best Z form the corridor; inside it {(settings.TieBreaker == "price" ? "the lowest price" : "the highest performance score")} decides.",
        };
    }

    /// <summary>How B criteria earn points.</summary>
    public static string Points(EvaluationSettings settings, Language language)
    {
        var max = settings.MaxPoints.ToString(CultureInfo.InvariantCulture);
        return language == Language.German
            ? $"A = Ausschlusskriterium: Jede Antwort außer „erfüllt“ führt zum Ausschluss. B = Bewertungskriterium: 0 bis {max} Punkte mal Gewicht; „erfüllt“ = {max}, „nicht erfüllt“ = 0, „teilweise erfüllt“ = Punkte nach Bewertung. Quantitative Kriterien: geforderter Wert = 0 Punkte, Wert für volle Punktzahl = {max}, dazwischen linear."
            : $"A = knock-out criterion: any answer other than “met” excludes the offer. B = scored criterion: 0 to {max} points times weight; “met” = {max}, “not met” = 0, “partially met” = points as assessed. Quantitative criteria: required value = 0 points, full-points value = {max}, linear in between.";
    }
}
