using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Selection;
using static ProcurementKit.Rendering.Excel.ResponseForm.ResponseFormLayout;

namespace ProcurementKit.Rendering.Excel.ResponseForm;

/// <summary>One row per requirement: what is asked (locked) and the bidder's answer, value, explanation and evidence (unlocked).</summary>
internal static class RequirementsSheet
{
    /// <summary>
    /// Greys out the rows of requirements that concern only lots the bidder does not bid for, once it has chosen a lot:
    /// they are not considered. One rule per set of lots, so a tender of two lots has at most two.
    /// </summary>
    private static void GreyOutLotsNotBidFor(SheetBuilder sheet, TenderSelection selection, Language language, RequirementColumns columns)
    {
        var tender = selection.Tender;
        if (tender.Lots.Count < 2)
        {
            return;
        }

        var bidRows = tender.Lots.Select((l, i) => (l.Id, Row: BidRow(i))).ToDictionary(x => x.Id, x => x.Row, StringComparer.Ordinal);
        string Bids(string lotId) => $"{CellRef.InSheet(OfferSheet(language), CellRef.Absolute(InputColumn, bidRows[lotId]))}=\"{Yes(language)}\"";
        var anyBid = $"OR({string.Join(",", tender.Lots.Select(l => Bids(l.Id)))})";
        var rows = selection.Requirements.Select((r, i) => (r.Lots, Row: FirstRequirementRow + i)).Where(x => x.Lots.Count < tender.Lots.Count);
        foreach (var group in rows.GroupBy(x => string.Join(",", x.Lots), StringComparer.Ordinal))
        {
            var range = string.Join(' ', group.Select(x => $"{CellRef.Of(1, x.Row)}:{CellRef.Of(columns.Count, x.Row)}"));
            var lots = group.First().Lots;
            sheet.GreyWhen(range, $"AND({anyBid},NOT(OR({string.Join(",", lots.Select(Bids))})))");
        }
    }

    private static readonly double[] s_widths = [6, 9, 60, 6, 8, 17, 10, 40, 30];
    private static readonly double[] s_widthsWithLots = [6, 9, 56, 6, 8, 8, 17, 10, 38, 28];

    public static SheetBuilder Build(TenderSelection selection, Language language)
    {
        var labels = ResponseFormLabels.For(language);
        var sheet = new SheetBuilder(RequirementsSheet(language));
        var columns = Columns(selection);
        var widths = columns.Lot is null ? s_widths : s_widthsWithLots;
        for (var c = 0; c < widths.Length; c++)
        {
            sheet.Width(c + 1, widths[c]);
        }

        sheet.Text(1, 1, $"{labels.RequirementsSheet} – {selection.Tender.Title}", CellStyle.Title).Height(1, 20);
        sheet.Text(1, 2, labels.RequirementsIntro(selection.Tender.Reference), CellStyle.Note);
        sheet.Merge(1, 2, columns.Count, 2);
        var headers = columns.Headers(language);
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Text(c + 1, HeaderRow, headers[c], CellStyle.Header);
        }

        var row = FirstRequirementRow;
        var valueCells = new List<string>();
        foreach (var requirement in selection.Requirements)
        {
            var quantitative = !requirement.Obligation.IsKnockOut && QuantitativeScore.For(requirement) is not null;
            sheet.Text(columns.Number, row, requirement.Number, CellStyle.Center)
                .Text(columns.Id, row, requirement.Id, CellStyle.Center)
                .Text(columns.Requirement, row, RequirementDescription.For(requirement, language))
                .Text(columns.Kind, row, requirement.Obligation.Kind.ToString(), CellStyle.Center);
            if (requirement.Obligation.IsKnockOut)
            {
                sheet.Text(columns.Weight, row, "–", CellStyle.NotApplicable);
            }
            else
            {
                sheet.Number(columns.Weight, row, requirement.Obligation.Weight, CellStyle.Center);
            }

            if (columns.Lot is { } lotColumn)
            {
                sheet.Text(lotColumn, row, LotsOf(requirement, selection.Tender, language), CellStyle.Center);
            }

            sheet.Blank(columns.Answer, row, CellStyle.InputCenter)
                .Blank(columns.Value, row, quantitative ? CellStyle.InputPoints : CellStyle.NotApplicable)
                .Blank(columns.Explanation, row, CellStyle.InputText)
                .Blank(columns.Evidence, row, CellStyle.InputText);
            if (quantitative)
            {
                valueCells.Add(CellRef.Of(columns.Value, row));
            }

            row++;
        }

        var last = row - 1;
        sheet.Validate(Validations.List(
            $"{CellRef.Of(columns.Answer, FirstRequirementRow)}:{CellRef.Of(columns.Answer, last)}",
            Answers.Labels(language),
            headers[columns.Answer - 1],
            labels.AnswerHint));
        if (valueCells.Count > 0)
        {
            sheet.Validate(Validations.Decimal(
                string.Join(' ', valueCells), 0m, null, headers[columns.Value - 1],
                labels.ValueHint));
        }

        GreyOutLotsNotBidFor(sheet, selection, language, columns);
        return sheet.Freeze(columns.Requirement, FirstRequirementRow).Protect()
            .PrintLandscape($"{selection.Tender.Reference} – {labels.Title}");
    }
}
