using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Rendering.Excel.Matrix;

namespace ProcurementKit.Rendering.Excel.EvaluationWorkbook;

/// <summary>Every answer of every bidder in one filterable table, with the bidder's explanation and evidence as plain text.</summary>
internal static class AnswersSheet
{
    public static SheetBuilder Build(EvaluationResult result, Language language)
    {
        var labels = EvaluationWorkbookLabels.For(language);
        var sheet = new SheetBuilder(labels.AnswersSheet);
        double[] widths = [24, 6, 9, 5, 15, 8, 8, 12, 30, 45, 30];
        var headers = labels.AnswersHeaders;
        sheet.Text(1, 1, labels.AnswersTitle, CellStyle.Title).Height(1, 20);
        for (var c = 0; c < widths.Length; c++)
        {
            sheet.Width(c + 1, widths[c]).Text(c + 1, 3, headers[c], CellStyle.Header);
        }

        var row = 4;
        foreach (var offer in result.Offers)
        {
            foreach (var score in offer.Criteria)
            {
                var requirement = score.Requirement;
                sheet.Text(1, row, result.HasLots ? $"{offer.Bidder} – {labels.Lot} {offer.LotId}" : offer.Bidder)
                    .Text(2, row, requirement.Number, CellStyle.Center)
                    .Text(3, row, requirement.Id, CellStyle.Center)
                    .Text(4, row, requirement.Obligation.Kind.ToString(), CellStyle.Center)
                    .Text(5, row, score.Answer.Answer?.Label(language) ?? labels.NoAnswer, CellStyle.Center)
                    .Number(6, row, score.Answer.Value, CellStyle.Points);
                if (score.IsKnockOut)
                {
                    sheet.Text(7, row, score.Exclusion is null ? "✓" : MatrixLayout.Excluded(language), CellStyle.Center)
                        .Text(8, row, EvaluationText.Source(score.Source, language), CellStyle.Center);
                }
                else
                {
                    sheet.Number(7, row, score.Points, CellStyle.Points).Text(8, row, EvaluationText.Source(score.Source, language), CellStyle.Center);
                }

                sheet.Text(9, row, score.Reason).Text(10, row, score.Answer.Explanation).Text(11, row, score.Answer.Evidence);
                row++;
            }
        }

        return sheet.Freeze(2, 4).Protect().PrintLandscape(labels.AnswersTitle);
    }
}
