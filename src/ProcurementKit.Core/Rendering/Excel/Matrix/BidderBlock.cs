using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Selection;
using static ProcurementKit.Rendering.Excel.Matrix.MatrixLayout;

namespace ProcurementKit.Rendering.Excel.Matrix;

/// <summary>
/// One bidder's columns in the matrix: answer, value, points by formula, evaluator's points and reason, weighted
/// points, and the totals. Every formula carries the result it has when written (<see cref="MatrixValues"/>).
/// </summary>
internal static class BidderBlock
{
    public static void Write(SheetBuilder sheet, TenderSelection selection, MatrixScope scope, Language language, int index, MatrixBidder bidder, bool blank)
    {
        var block = BlockColumn(index);
        var criteria = scope.Criteria;
        var formulas = new MatrixFormulas(language, block, criteria);
        var values = new MatrixValues(language, selection.Tender.Evaluation.MaxPoints);
        var headers = BlockHeaders(language);
        for (var offset = 0; offset < BlockWidth; offset++)
        {
            sheet.Width(block + offset, MatrixSheet.BlockWidth(offset)).Text(block + offset, HeaderRow, headers[offset], CellStyle.Header);
        }

        sheet.Text(block, BlockLabelRow, $"{MatrixLabels.For(language).Offer} {index + 1}", CellStyle.Header).Merge(block, BlockLabelRow, block + BlockWidth - 1, BlockLabelRow);
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
        var cells = new EvaluatorCells();
        foreach (var requirement in scope.Requirements)
        {
            WriteAnswer(sheet, block, row, bidder.AnswerTo(requirement.Id), language, blank);
            var score = bidder.ScoreOf(requirement.Id);
            if (score is { Reason.Length: > 0 })
            {
                sheet.Text(block + ReasonOffset, row, score.Reason, CellStyle.InputText);
            }
            else
            {
                sheet.Blank(block + ReasonOffset, row, CellStyle.InputText);
            }

            if (requirement.Obligation.IsKnockOut)
            {
                sheet.Blank(block + ValueOffset, row, CellStyle.NotApplicable)
                    .Formula(block + AutoOffset, row, formulas.KnockOut(row), CellStyle.Center, values.Auto(bidder, requirement))
                    .Blank(block + EvaluatorOffset, row, CellStyle.NotApplicable)
                    .Blank(block + WeightedOffset, row, CellStyle.NotApplicable);
            }
            else
            {
                var function = QuantitativeScore.For(requirement);
                if (function is not null)
                {
                    sheet.Number(block + ValueOffset, row, bidder.AnswerTo(requirement.Id)?.Value, blank ? CellStyle.InputPoints : CellStyle.Points);
                    cells.Values.Add(CellRef.Of(block + ValueOffset, row));
                    cells.Quantitative.Add(CellRef.Of(block + EvaluatorOffset, row));
                }
                else
                {
                    sheet.Blank(block + ValueOffset, row, CellStyle.NotApplicable);
                    cells.Qualitative.Add(CellRef.Of(block + EvaluatorOffset, row));
                }

                var formula = function is { } f ? formulas.Quantitative(row, f.LowerIsBetter) : formulas.Scored(row);
                var given = score is { Source: PointSource.Evaluator } ? score.Points : null;
                sheet.Formula(block + AutoOffset, row, formula, CellStyle.Points, values.Auto(bidder, requirement))
                    .Number(block + EvaluatorOffset, row, given, CellStyle.InputPoints)
                    .Formula(block + WeightedOffset, row, formulas.Weighted(row), CellStyle.Points, MatrixValues.Weighted(bidder, requirement.Id));
            }

            row++;
        }

        WriteTotals(sheet, scope, index, bidder, blank, formulas, values);
        WriteValidations(sheet, selection, scope, language, block, blank, cells);
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

    private static void WriteTotals(SheetBuilder sheet, MatrixScope scope, int index, MatrixBidder bidder, bool blank, MatrixFormulas formulas, MatrixValues values)
    {
        var block = BlockColumn(index);
        var criteria = scope.Criteria;
        int Row(Summary s) => SummaryRow(criteria, s);
        sheet.Formula(block, Row(Summary.Performance), formulas.Performance(), CellStyle.TotalPoints, MatrixValues.Performance(bidder));
        if (blank)
        {
            sheet.Blank(block, Row(Summary.Price), CellStyle.InputMoney);
        }
        else
        {
            sheet.Number(block, Row(Summary.Price), bidder.Offer?.Price, CellStyle.TotalMoney);
        }

        sheet.Formula(block, Row(Summary.Ratio), formulas.Ratio(Row(Summary.Performance), Row(Summary.Price)), CellStyle.TotalRatio, MatrixValues.Ratio(bidder))
            .Formula(block, Row(Summary.KnockOuts), formulas.KnockOuts(), CellStyle.TotalCenter, values.KnockOuts(bidder))
            .Formula(block, Row(Summary.Pending), formulas.PendingCount(), CellStyle.TotalCenter, values.Pending(bidder))
            .Formula(block, Row(Summary.Admissible), formulas.Admissible(Row(Summary.KnockOuts), Row(Summary.Price)), CellStyle.TotalCenter, values.Admissible(bidder))
            .Formula(block, Row(Summary.Rank), CellRef.InSheet(scope.RankingSheet, RankingSheet.RankCell(index)), CellStyle.TotalCenter, MatrixValues.Rank(bidder));
        foreach (var summary in Enum.GetValues<Summary>())
        {
            sheet.Merge(block, Row(summary), block + BlockWidth - 1, Row(summary));
        }
    }

    private static void WriteValidations(
        SheetBuilder sheet, TenderSelection selection, MatrixScope scope, Language language, int block, bool blank, EvaluatorCells cells)
    {
        var labels = MatrixLabels.For(language);
        var max = selection.Tender.Evaluation.MaxPoints;
        var headers = BlockHeaders(language);
        if (cells.Qualitative.Count > 0)
        {
            var steps = selection.Scale.Steps.Select(s => s.Points.ToString(System.Globalization.CultureInfo.InvariantCulture));
            sheet.Validate(Validations.List(string.Join(' ', cells.Qualitative), steps, headers[EvaluatorOffset],
                labels.ScaleHint));
        }

        if (cells.Quantitative.Count > 0)
        {
            sheet.Validate(Validations.Decimal(string.Join(' ', cells.Quantitative), 0m, max, headers[EvaluatorOffset],
                labels.PointsHint(max)));
        }

        if (!blank)
        {
            return;
        }

        var criteria = scope.Criteria;
        sheet.Validate(Validations.List(
            $"{CellRef.Of(block + AnswerOffset, FirstCriterionRow)}:{CellRef.Of(block + AnswerOffset, LastCriterionRow(criteria))}",
            Answers.Labels(language), headers[AnswerOffset], labels.AnswerHint));
        if (cells.Values.Count > 0)
        {
            sheet.Validate(Validations.Decimal(string.Join(' ', cells.Values), 0m, null, headers[ValueOffset],
                labels.ValueHint));
        }

        sheet.Validate(Validations.Decimal(CellRef.Of(block, SummaryRow(criteria, Summary.Price)), 0m, null,
            labels.PriceTitle, labels.PriceHint));
    }

    /// <summary>The cells a block's validations cover.</summary>
    private sealed class EvaluatorCells
    {
        public List<string> Qualitative { get; } = [];

        public List<string> Quantitative { get; } = [];

        public List<string> Values { get; } = [];
    }
}
