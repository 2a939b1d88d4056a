using ProcurementKit.Evaluation.Methods;
using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Selection;
using static ProcurementKit.Rendering.Excel.Matrix.MatrixLayout;

namespace ProcurementKit.Rendering.Excel.Matrix;

/// <summary>
/// The matrix sheet: criteria with A/B, weight and point scale on the left, one column block per bidder on
/// the right, and the totals below. With <c>blank</c> every answer, value, name and price is an input cell;
/// otherwise only the evaluator's points are.
/// </summary>
internal static class MatrixSheet
{
    // About three bidders per printed page beside the repeated criteria columns stay readable; more would shrink to nothing.
    private const int BiddersPerPage = 3;

    private static readonly double[] s_criteriaWidths = [6, 9, 42, 5, 8, 12, 9, 9];
    private static readonly double[] s_blockWidths = [14, 8, 11, 11, 24, 9];

    public static SheetBuilder Build(TenderSelection selection, MatrixScope scope, Language language, IReadOnlyList<MatrixBidder> bidders, bool blank)
    {
        var settings = selection.Tender.Evaluation;
        var sheet = new SheetBuilder(scope.MatrixSheet);
        WriteHead(sheet, selection, scope, language);
        var criteria = scope.Criteria;
        var row = FirstCriterionRow;
        foreach (var requirement in scope.Requirements)
        {
            WriteCriterion(sheet, row++, requirement, language, settings.MaxPoints);
        }

        foreach (var summary in Enum.GetValues<Summary>())
        {
            var summaryRow = SummaryRow(criteria, summary);
            sheet.Text(NumberColumn, summaryRow, SummaryLabel(summary, language), CellStyle.TotalLabel).Merge(NumberColumn, summaryRow, FullAtColumn, summaryRow);
        }

        for (var i = 0; i < bidders.Count; i++)
        {
            BidderBlock.Write(sheet, selection, scope, language, i, bidders[i], blank);
        }

        var footer = $"{selection.Tender.Reference} – {scope.MatrixSheet}";
        return sheet.Freeze(KindColumn, FirstCriterionRow).Protect().PrintLandscape(footer, (bidders.Count + BiddersPerPage - 1) / BiddersPerPage);
    }

    private static void WriteHead(SheetBuilder sheet, TenderSelection selection, MatrixScope scope, Language language)
    {
        var labels = MatrixLabels.For(language);
        var settings = selection.Tender.Evaluation;
        for (var c = 0; c < s_criteriaWidths.Length; c++)
        {
            sheet.Width(c + 1, s_criteriaWidths[c]);
        }

        var lot = selection.Tender.Lots.Count > 1 ? $" – {labels.Lot} {scope.Lot.Id}: {scope.Lot.Title}" : string.Empty;
        sheet.Text(1, 1, $"{labels.Title} – {selection.Tender.Title}{lot}", CellStyle.Title).Height(1, 20);
        sheet.Text(1, 2, labels.Intro(selection.Tender.Reference, selection.Catalog.Info.Version, selection.Catalog.ShortHash, MethodText.Points(selection, language)), CellStyle.Note);
        sheet.Merge(1, 2, FullAtColumn + 10, 2);
        sheet.Text(1, 3, $"{labels.AwardMethod}: {AwardMethods.For(settings).Name[language]}. {AwardMethods.For(settings).Rule[language]}", CellStyle.Label)
            .Merge(1, 3, FullAtColumn + 10, 3);
        sheet.Text(1, MaxPointsRow, labels.MaxPoints, CellStyle.Label).Merge(1, MaxPointsRow, ParameterColumn - 1, MaxPointsRow)
            .Number(ParameterColumn, MaxPointsRow, settings.MaxPoints, CellStyle.Center).Merge(ParameterColumn, MaxPointsRow, ParameterColumn + 1, MaxPointsRow);
        sheet.Text(1, FluctuationRow, labels.Fluctuation, CellStyle.Label).Merge(1, FluctuationRow, ParameterColumn - 1, FluctuationRow)
            .Number(ParameterColumn, FluctuationRow, settings.FluctuationPercent, CellStyle.Center).Merge(ParameterColumn, FluctuationRow, ParameterColumn + 1, FluctuationRow);
        sheet.Text(NumberColumn, BidderRow, labels.BidderName, CellStyle.TotalLabel)
            .Merge(NumberColumn, BidderRow, FullAtColumn, BidderRow);
        sheet.Text(NumberColumn, BlockLabelRow, labels.Offers, CellStyle.Label).Merge(NumberColumn, BlockLabelRow, FullAtColumn, BlockLabelRow);
        var headers = labels.CriteriaHeaders;
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Text(c + 1, HeaderRow, headers[c], CellStyle.Header);
        }
    }

    private static void WriteCriterion(SheetBuilder sheet, int row, SelectedRequirement requirement, Language language, int maxPoints)
    {
        var labels = MatrixLabels.For(language);
        sheet.Text(NumberColumn, row, requirement.Number, CellStyle.Center)
            .Text(IdColumn, row, requirement.Id, CellStyle.Center)
            .Text(RequirementColumn, row, requirement.Title[language])
            .Text(KindColumn, row, requirement.Obligation.Kind.ToString(), CellStyle.Center);
        var function = QuantitativeScore.For(requirement);
        if (requirement.Obligation.IsKnockOut)
        {
            sheet.Text(WeightColumn, row, "–", CellStyle.NotApplicable)
                .Text(ScaleColumn, row, labels.MustBeMet, CellStyle.Center)
                .Blank(RequiredColumn, row, CellStyle.NotApplicable)
                .Blank(FullAtColumn, row, CellStyle.NotApplicable);
            return;
        }

        sheet.Number(WeightColumn, row, requirement.Obligation.Weight, CellStyle.Center)
            .Text(ScaleColumn, row, function is null ? labels.EvaluatorScale : $"0–{maxPoints} linear", CellStyle.Center);
        if (function is { } f)
        {
            sheet.Number(RequiredColumn, row, f.Required, CellStyle.Points).Number(FullAtColumn, row, f.FullAt, CellStyle.Points);
        }
        else
        {
            sheet.Blank(RequiredColumn, row, CellStyle.NotApplicable).Blank(FullAtColumn, row, CellStyle.NotApplicable);
        }
    }

    private static string SummaryLabel(Summary summary, Language language)
    {
        var labels = MatrixLabels.For(language);
        return summary switch
        {
            Summary.Performance => labels.Performance,
            Summary.Price => labels.Price,
            Summary.Ratio => labels.Ratio,
            Summary.KnockOuts => labels.KnockOuts,
            Summary.Pending => labels.Pending,
            Summary.Admissible => labels.Admissible,
            _ => labels.Rank,
        };
    }

    public static double BlockWidth(int offset) => s_blockWidths[offset];
}
