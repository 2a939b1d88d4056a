using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Selection;
using ProcurementKit.Text;

namespace ProcurementKit.Rendering.Excel.ResponseForm;

/// <summary>What the requirement cell says: the title, the evidence the annex asks for and, for a quantitative criterion, its scale.</summary>
public static class RequirementDescription
{
    public static string For(SelectedRequirement requirement, Language language)
    {
        var text = requirement.Title[language];
        if (requirement.Evidence[language] is { Length: > 0 } evidence)
        {
            text += $"\n{ResponseFormLabels.For(language).RequiredEvidence}: {evidence}";
        }

        if (Scale(requirement, language) is { } scale)
        {
            text += $"\n{scale}";
        }

        return text;
    }

    /// <summary>"Wert: gefordert 7 Jahre (0 Punkte) · 12 Jahre oder mehr = volle Punktzahl" for a quantitative B criterion, else null.</summary>
    public static string? Scale(SelectedRequirement requirement, Language language)
    {
        if (requirement.Obligation.IsKnockOut || QuantitativeScore.For(requirement) is not { } function)
        {
            return null;
        }

        var unit = requirement.Parameter(requirement.Clause.Scoring!.Parameter)!.Unit;
        string Show(decimal value) => QuantityFormatter.Format(value.ToString(System.Globalization.CultureInfo.InvariantCulture), unit, language);
        var labels = ResponseFormLabels.For(language);
        return (function.LowerIsBetter ? labels.ValueOrLess : labels.ValueOrMore)(Show(function.Required), Show(function.FullAt));
    }
}
