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
        var de = language == Language.German;
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
        var de = language == Language.German;
        var settings = selection.Tender.Evaluation;
        for (var c = 0; c < s_criteriaWidths.Length; c++)
        {
            sheet.Width(c + 1, s_criteriaWidths[c]);
        }

        var lot = selection.Tender.Lots.Count > 1 ? $" – {(de ? "Los" : "Lot")} {scope.Lot.Id}: {scope.Lot.Title}" : string.Empty;
        sheet.Text(1, 1, $"{(de ? "Bewertungsmatrix" : "Evaluation matrix")} – {selection.Tender.Title}{lot}", CellStyle.Title).Height(1, 20);
        sheet.Text(1, 2, de
            ? $"Vergabenummer {selection.Tender.Reference} · Katalog {selection.Catalog.Info.Version} ({selection.Catalog.ShortHash}) · {MethodText.Points(selection, language)}"
            : $"Tender reference {selection.Tender.Reference} · catalog {selection.Catalog.Info.Version} ({selection.Catalog.ShortHash}) · {MethodText.Points(selection, language)}", CellStyle.Note);
        sheet.Merge(1, 2, FullAtColumn + 10, 2);
        sheet.Text(1, 3, $"{(de ? "Wertungsmethode" : "Award method")}: {AwardMethods.For(settings).Name[language]}. {AwardMethods.For(settings).Rule[language]}", CellStyle.Label)
            .Merge(1, 3, FullAtColumn + 10, 3);
        sheet.Text(1, MaxPointsRow, de ? "Höchstpunktzahl je Kriterium" : "Maximum points per criterion", CellStyle.Label).Merge(1, MaxPointsRow, ParameterColumn - 1, MaxPointsRow)
            .Number(ParameterColumn, MaxPointsRow, settings.MaxPoints, CellStyle.Center).Merge(ParameterColumn, MaxPointsRow, ParameterColumn + 1, MaxPointsRow);
        sheet.Text(1, FluctuationRow, de ? "Schwankungsbereich (%)" : "Fluctuation range (%)", CellStyle.Label).Merge(1, FluctuationRow, ParameterColumn - 1, FluctuationRow)
            .Number(ParameterColumn, FluctuationRow, settings.FluctuationPercent, CellStyle.Center).Merge(ParameterColumn, FluctuationRow, ParameterColumn + 1, FluctuationRow);
        sheet.Text(NumberColumn, BidderRow, de ? "Bieter (Name laut Antwortformular) →" : "Bidder (name as in the response form) →", CellStyle.TotalLabel)
            .Merge(NumberColumn, BidderRow, FullAtColumn, BidderRow);
        sheet.Text(NumberColumn, BlockLabelRow, de ? "Angebote →" : "Offers →", CellStyle.Label).Merge(NumberColumn, BlockLabelRow, FullAtColumn, BlockLabelRow);
        string[] headers = de
            ? ["Nr.", "ID", "Anforderung", "Art", "Gewicht", "Punkteskala", "Gefordert", "Volle Punkte ab"]
            : ["No.", "ID", "Requirement", "Type", "Weight", "Point scale", "Required", "Full points at"];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Text(c + 1, HeaderRow, headers[c], CellStyle.Header);
        }
    }

    private static void WriteCriterion(SheetBuilder sheet, int row, SelectedRequirement requirement, Language language, int maxPoints)
    {
        var de = language == Language.German;
        sheet.Text(NumberColumn, row, requirement.Number, CellStyle.Center)
            .Text(IdColumn, row, requirement.Id, CellStyle.Center)
            .Text(RequirementColumn, row, requirement.Title[language])
            .Text(KindColumn, row, requirement.Obligation.Kind.ToString(), CellStyle.Center);
        var function = QuantitativeScore.For(requirement);
        if (requirement.Obligation.IsKnockOut)
        {
            sheet.Text(WeightColumn, row, "–", CellStyle.NotApplicable)
                .Text(ScaleColumn, row, de ? "muss erfüllt" : "must be met", CellStyle.Center)
                .Blank(RequiredColumn, row, CellStyle.NotApplicable)
                .Blank(FullAtColumn, row, CellStyle.NotApplicable);
            return;
        }

        sheet.Number(WeightColumn, row, requirement.Obligation.Weight, CellStyle.Center)
            .Text(ScaleColumn, row, function is null ? (de ? "Skala (Bewertung)" : "scale (evaluator)") : $"0–{maxPoints} linear", CellStyle.Center);
        if (function is { } f)
        {
            sheet.Number(RequiredColumn, row, f.Required, CellStyle.Points).Number(FullAtColumn, row, f.FullAt, CellStyle.Points);
        }
        else
        {
            sheet.Blank(RequiredColumn, row, CellStyle.NotApplicable).Blank(FullAtColumn, row, CellStyle.NotApplicable);
        }
    }

    private static string SummaryLabel(Summary summary, Language language) => (summary, language == Language.German) switch
    {
        (Summary.Performance, true) => "Leistungspunkte L (Summe gewichtet)",
        (Summary.Performance, false) => "Performance points L (weighted sum)",
        (Summary.Price, true) => "Preis P (netto, EUR)",
        (Summary.Price, false) => "Price P (net, EUR)",
        (Summary.Ratio, true) => "Kennzahl Z = L / P (Punkte je 1.000 EUR)",
        (Summary.Ratio, false) => "Key figure Z = L / P (points per 1,000 EUR)",
        (Summary.KnockOuts, true) => "Nicht erfüllte A-Kriterien",
        (Summary.KnockOuts, false) => "A criteria not met",
        (Summary.Pending, true) => "Offene Bewertungen",
        (Summary.Pending, false) => "Pending assessments",
        (Summary.Admissible, true) => "Zulässig",
        (Summary.Admissible, false) => "Admissible",
        (_, true) => "Rang",
        _ => "Rank",
    };

    public static double BlockWidth(int offset) => s_blockWidths[offset];
}
