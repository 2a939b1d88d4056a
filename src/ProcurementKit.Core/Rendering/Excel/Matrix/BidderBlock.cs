using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Selection;
using static ProcurementKit.Rendering.Excel.Matrix.MatrixLayout;

namespace ProcurementKit.Rendering.Excel.Matrix;

/// <summary>One bidder's columns in the matrix: answer, value, automatic points, evaluator's points, weighted points, and the totals.</summary>
internal static class BidderBlock
{
    public static void Write(SheetBuilder sheet, TenderSelection selection, Language language, int index, MatrixBidder bidder, bool blank)
    {
        var de = language == Language.German;
        var block = BlockColumn(index);
        var criteria = selection.Requirements.Count;
        var formulas = new MatrixFormulas(language, block, criteria);
        var headers = BlockHeaders(language);
        for (var offset = 0; offset < BlockWidth; offset++)
        {
            sheet.Width(block + offset, MatrixSheet.BlockWidth(offset)).Text(block + offset, HeaderRow, headers[offset], CellStyle.Header);
        }

        sheet.Text(block, BlockLabelRow, $"{(de ? "Bieter" : "Bidder")} {index + 1}", CellStyle.Header).Merge(block, BlockLabelRow, block + BlockWidth - 1, BlockLabelRow);
        if (blank)
        {
            sheet.Blank(block, BidderRow, CellStyle.InputBidder);
        }
        else
        {
            sheet.Text(block, BidderRow, bidder.Name, CellStyle.TotalLabel);
        }

        sheet.Merge(block, BidderRow, block + BlockWidth - 1, BidderRow);
        var row = FirstCriterionRow;
        var evaluatorCells = new List<string>();
        var valueCells = new List<string>();
        foreach (var requirement in selection.Requirements)
        {
            var answer = bidder.Answers.GetValueOrDefault(requirement.Id);
            WriteAnswer(sheet, block, row, answer, language, blank);
            if (requirement.Obligation.IsKnockOut)
            {
                sheet.Blank(block + ValueOffset, row, CellStyle.NotApplicable)
                    .Formula(block + AutoOffset, row, formulas.KnockOut(row), CellStyle.Center)
                    .Blank(block + EvaluatorOffset, row, CellStyle.NotApplicable)
                    .Blank(block + WeightedOffset, row, CellStyle.NotApplicable);
            }
            else
            {
                var quantitative = QuantitativeScore.For(requirement) is not null;
                if (quantitative)
                {
                    sheet.Number(block + ValueOffset, row, answer?.Value, blank ? CellStyle.InputPoints : CellStyle.Points);
                    valueCells.Add(CellRef.Of(block + ValueOffset, row));
                }
                else
                {
                    sheet.Blank(block + ValueOffset, row, CellStyle.NotApplicable);
                }

                var points = bidder.EvaluatorPoints.TryGetValue(requirement.Id, out var given) ? given : (decimal?)null;
                sheet.Formula(block + AutoOffset, row, quantitative ? formulas.Quantitative(row) : formulas.Scored(row), CellStyle.Points)
                    .Number(block + EvaluatorOffset, row, points, CellStyle.InputPoints)
                    .Formula(block + WeightedOffset, row, formulas.Weighted(row), CellStyle.Points);
                evaluatorCells.Add(CellRef.Of(block + EvaluatorOffset, row));
            }

            row++;
        }

        WriteTotals(sheet, selection, language, index, bidder, blank, formulas);
        WriteValidations(sheet, selection, language, block, blank, evaluatorCells, valueCells);
    }

    private static void WriteAnswer(SheetBuilder sheet, int block, int row, RequirementAnswer? answer, Language language, bool blank)
    {
        if (blank)
        {
            sheet.Blank(block + AnswerOffset, row, CellStyle.InputCenter);
        }
        else if (answer?.Answer is { } given)
        {
            sheet.Text(block + AnswerOffset, row, given.Label(language), CellStyle.Center);
        }
        else
        {
            sheet.Blank(block + AnswerOffset, row, CellStyle.Center);
        }
    }

    private static void WriteTotals(
        SheetBuilder sheet, TenderSelection selection, Language language, int index, MatrixBidder bidder, bool blank, MatrixFormulas formulas)
    {
        var block = BlockColumn(index);
        var criteria = selection.Requirements.Count;
        int Row(Summary s) => SummaryRow(criteria, s);
        sheet.Formula(block, Row(Summary.Performance), formulas.Performance(), CellStyle.TotalPoints);
        if (blank)
        {
            sheet.Blank(block, Row(Summary.Price), CellStyle.InputMoney);
        }
        else
        {
            sheet.Number(block, Row(Summary.Price), bidder.Price, CellStyle.TotalMoney);
        }

        sheet.Formula(block, Row(Summary.Ratio), formulas.Ratio(Row(Summary.Performance), Row(Summary.Price)), CellStyle.TotalRatio)
            .Formula(block, Row(Summary.KnockOuts), formulas.KnockOuts(), CellStyle.TotalCenter)
            .Formula(block, Row(Summary.Pending), formulas.PendingCount(), CellStyle.TotalCenter)
            .Formula(block, Row(Summary.Admissible), formulas.Admissible(Row(Summary.KnockOuts), Row(Summary.Price)), CellStyle.TotalCenter)
            .Formula(block, Row(Summary.Rank), CellRef.InSheet(RankingSheet(language), RankingSheet.RankCell(index)), CellStyle.TotalCenter);
        foreach (var summary in Enum.GetValues<Summary>())
        {
            sheet.Merge(block, Row(summary), block + BlockWidth - 1, Row(summary));
        }
    }

    private static void WriteValidations(
        SheetBuilder sheet, TenderSelection selection, Language language, int block, bool blank, List<string> evaluatorCells, List<string> valueCells)
    {
        var de = language == Language.German;
        var max = selection.Tender.Evaluation.MaxPoints;
        var headers = BlockHeaders(language);
        if (evaluatorCells.Count > 0)
        {
            sheet.Validate(Validations.Decimal(string.Join(' ', evaluatorCells), 0m, max, headers[EvaluatorOffset],
                de ? $"Punkte 0 bis {max}; eingetragene Punkte ersetzen die automatischen." : $"Points 0 to {max}; entered points replace the automatic ones."));
        }

        if (!blank)
        {
            return;
        }

        var criteria = selection.Requirements.Count;
        sheet.Validate(Validations.List(
            $"{CellRef.Of(block + AnswerOffset, FirstCriterionRow)}:{CellRef.Of(block + AnswerOffset, LastCriterionRow(criteria))}",
            Answers.Labels(language), headers[AnswerOffset], de ? "erfüllt, teilweise erfüllt oder nicht erfüllt" : "met, partially met or not met"));
        if (valueCells.Count > 0)
        {
            sheet.Validate(Validations.Decimal(string.Join(' ', valueCells), 0m, null, headers[ValueOffset],
                de ? "Angebotener Wert als Zahl" : "Offered value as a number"));
        }

        sheet.Validate(Validations.Decimal(CellRef.Of(block, SummaryRow(criteria, Summary.Price)), 0m, null,
            de ? "Preis" : "Price", de ? "Gesamtpreis netto in Euro" : "Total net price in euros"));
    }
}
