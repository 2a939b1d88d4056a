using ProcurementKit.Catalog;
using ProcurementKit.Selection;

namespace ProcurementKit.Evaluation;

/// <summary>Why an offer is excluded, in German and English, naming the requirement as the annex numbers it.</summary>
internal static class ExclusionText
{
    public static LocalizedText NotMet(SelectedRequirement requirement, Answer? answer) => new(
        answer is { } de
            ? $"{requirement.Number} {requirement.Id} (A): Antwort „{de.Label(Language.German)}“ – ein Ausschlusskriterium muss erfüllt sein"
            : $"{requirement.Number} {requirement.Id} (A): keine Antwort – ein Ausschlusskriterium muss erfüllt sein",
        answer is { } en
            ? $"{requirement.Number} {requirement.Id} (A): answered “{en.Label(Language.English)}” – a knock-out criterion must be met"
            : $"{requirement.Number} {requirement.Id} (A): not answered – a knock-out criterion must be met");
}
