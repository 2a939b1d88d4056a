using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Selection;
using static ProcurementKit.Rendering.Excel.ResponseForm.ResponseFormLayout;

namespace ProcurementKit.Rendering.Excel.ResponseForm;

/// <summary>One row per requirement: what is asked (locked) and the bidder's answer, value, explanation and evidence (unlocked).</summary>
internal static class RequirementsSheet
{
    private static readonly double[] s_widths = [6, 9, 60, 6, 8, 17, 10, 40, 30];

    public static SheetBuilder Build(TenderSelection selection, Language language)
    {
        var de = language == Language.German;
        var sheet = new SheetBuilder(RequirementsSheet(language));
        for (var c = 0; c < s_widths.Length; c++)
        {
            sheet.Width(c + 1, s_widths[c]);
        }

        sheet.Text(1, 1, $"{(de ? "Anforderungen" : "Requirements")} – {selection.Tender.Title}", CellStyle.Title).Height(1, 20);
        sheet.Text(1, 2, de
            ? $"Vergabenummer {selection.Tender.Reference}. Antworten nur in den gelben Feldern; A = Ausschlusskriterium, B = Bewertungskriterium mit Gewicht."
            : $"Tender reference {selection.Tender.Reference}. Answer in the yellow fields only; A = knock-out criterion, B = scored criterion with weight.", CellStyle.Note);
        sheet.Merge(1, 2, 9, 2);
        var headers = Headers(language);
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Text(c + 1, HeaderRow, headers[c], CellStyle.Header);
        }

        var row = FirstRequirementRow;
        var valueCells = new List<string>();
        foreach (var requirement in selection.Requirements)
        {
            var quantitative = !requirement.Obligation.IsKnockOut && QuantitativeScore.For(requirement) is not null;
            sheet.Text(NumberColumn, row, requirement.Number, CellStyle.Center)
                .Text(IdColumn, row, requirement.Id, CellStyle.Center)
                .Text(RequirementColumn, row, RequirementDescription.For(requirement, language))
                .Text(KindColumn, row, requirement.Obligation.Kind.ToString(), CellStyle.Center);
            if (requirement.Obligation.IsKnockOut)
            {
                sheet.Text(WeightColumn, row, "–", CellStyle.NotApplicable);
            }
            else
            {
                sheet.Number(WeightColumn, row, requirement.Obligation.Weight, CellStyle.Center);
            }

            sheet.Blank(AnswerColumn, row, CellStyle.InputCenter)
                .Blank(ValueColumn, row, quantitative ? CellStyle.InputPoints : CellStyle.NotApplicable)
                .Blank(ExplanationColumn, row, CellStyle.InputText)
                .Blank(EvidenceColumn, row, CellStyle.InputText);
            if (quantitative)
            {
                valueCells.Add(CellRef.Of(ValueColumn, row));
            }

            row++;
        }

        var last = row - 1;
        sheet.Validate(Validations.List(
            $"{CellRef.Of(AnswerColumn, FirstRequirementRow)}:{CellRef.Of(AnswerColumn, last)}",
            Answers.Labels(language),
            headers[AnswerColumn - 1],
            de ? "Bitte aus der Liste wählen: erfüllt, teilweise erfüllt oder nicht erfüllt." : "Please choose from the list: met, partially met or not met."));
        if (valueCells.Count > 0)
        {
            sheet.Validate(Validations.Decimal(
                string.Join(' ', valueCells), 0m, null, headers[ValueColumn - 1],
                de ? "Angebotener Wert als Zahl in der Einheit der Anforderung (z. B. 10 für 10 Jahre)." : "Offered value as a number in the requirement's unit (e.g. 10 for 10 years)."));
        }

        return sheet.Freeze(RequirementColumn, FirstRequirementRow).Protect()
            .PrintLandscape($"{selection.Tender.Reference} – {(de ? "Bieterantwortbogen" : "Bidder response form")}");
    }
}
