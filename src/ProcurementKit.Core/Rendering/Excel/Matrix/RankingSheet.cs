using ProcurementKit.Evaluation.Methods;
using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Tenders;
using static ProcurementKit.Rendering.Excel.Matrix.MatrixLayout;

namespace ProcurementKit.Rendering.Excel.Matrix;

/// <summary>
/// One row per bidder block with admissibility, L, P, Z, the corridor and the rank, all as formulas over the
/// matrix sheet. Ranks follow <see cref="Evaluation.Methods.CompetitionRanking"/>: one more than the number
/// of admissible offers that are strictly better, so exact ties share a rank.
/// </summary>
internal static class RankingSheet
{
    public const int FirstRow = 5;
    private const int Name = 1, Admissible = 2, Performance = 3, Price = 4, Ratio = 5, Share = 6, Corridor = 7, Rank = 8, Tie = 9;

    public static string RankCell(int index) => CellRef.Absolute(Rank, FirstRow + index);

    public static SheetBuilder Build(EvaluationSettings settings, string title, MatrixScope scope, IReadOnlyList<MatrixBidder> offers, Ranking? ranking, Language language)
    {
        var labels = MatrixLabels.For(language);
        var criteria = scope.Criteria;
        var bidders = offers.Count;
        var sheet = new SheetBuilder(scope.RankingSheet);
        double[] widths = [30, 10, 12, 16, 16, 12, 16, 8, 12];
        var headers = labels.RankingHeaders;
        for (var c = 0; c < widths.Length; c++)
        {
            sheet.Width(c + 1, widths[c]).Text(c + 1, FirstRow - 1, headers[c], CellStyle.Header);
        }

        sheet.Text(1, 1, $"{scope.RankingSheet} – {title}", CellStyle.Title).Height(1, 20)
            .Text(1, 2, $"{AwardMethods.For(settings).Name[language]}: {AwardMethods.For(settings).Rule[language]}", CellStyle.Note).Merge(1, 2, Tie, 2);
        var last = FirstRow + bidders - 1;
        var best = last + 2;
        var extended = settings.Method == AwardMethod.ExtendedReferenceValue;
        var values = new RankingValues(language, ranking);
        for (var i = 0; i < bidders; i++)
        {
            WriteRow(sheet, FirstRow + i, BlockColumn(i), (scope, last, best), settings, language, offers[i], values);
        }

        if (bidders == 0)
        {
            return sheet.Protect().PrintLandscape(scope.RankingSheet);
        }

        sheet.Text(1, best, labels.BestRatio, CellStyle.TotalLabel)
            .Formula(Ratio, best, $"MAX({CellRef.Range(Ratio, FirstRow, last)})", CellStyle.TotalRatio, values.Best);
        if (extended)
        {
            var fluctuation = CellRef.InSheet(scope.MatrixSheet, CellRef.Absolute(ParameterColumn, FluctuationRow));
            sheet.Text(1, best + 1, labels.FluctuationFloor, CellStyle.TotalLabel)
                .Formula(Ratio, best + 1, $"{CellRef.Absolute(Ratio, best)}*(100-{fluctuation})/100", CellStyle.TotalRatio, values.Floor(settings.FluctuationPercent));
        }

        return sheet.Protect().PrintLandscape(scope.RankingSheet);
    }

    private static void WriteRow(
        SheetBuilder sheet, int row, int block, (MatrixScope Scope, int Last, int Best) at, EvaluationSettings settings, Language language, MatrixBidder offer, RankingValues values)
    {
        var (scope, last, best) = at;
        var criteria = scope.Criteria;
        string Matrix(int r) => CellRef.InSheet(scope.MatrixSheet, CellRef.Of(block, r));
        string Own(int column) => CellRef.Of(column, row);
        string All(int column) => CellRef.Range(column, FirstRow, last);
        var yes = MatrixFormulas.Quote(Yes(language));
        var no = MatrixFormulas.Quote(No(language));
        var price = Matrix(SummaryRow(criteria, Summary.Price));

        sheet.Formula(Name, row, $"IF({Matrix(BidderRow)}=\"\",\"\",{Matrix(BidderRow)})", CellStyle.Text, offer.Name ?? string.Empty)
            .Formula(Admissible, row, Matrix(SummaryRow(criteria, Summary.Admissible)), CellStyle.Center, values.Admissible(offer))
            .Formula(Performance, row, Matrix(SummaryRow(criteria, Summary.Performance)), CellStyle.Points, offer.Offer?.Performance ?? 0m)
            .Formula(Price, row, $"IF(ISNUMBER({price}),{price},\"–\")", CellStyle.Money, offer.Offer is { } o ? o.Price : "–")
            .Formula(Ratio, row, $"IF({Own(Admissible)}={yes},{Own(Performance)}/{Own(Price)}*{RatioScale},\"–\")", CellStyle.Ratio, RankingValues.Ratio(offer));

        var admissible = $"({All(Admissible)}={yes})";
        string better;
        if (settings.Method == AwardMethod.ExtendedReferenceValue)
        {
            var fluctuation = CellRef.InSheet(scope.MatrixSheet, CellRef.Absolute(ParameterColumn, FluctuationRow));
            var bestZ = CellRef.Absolute(Ratio, best);
            sheet.Formula(Share, row, $"IF({Own(Admissible)}={yes},IF({bestZ}>0,{Own(Ratio)}/{bestZ},1),\"–\")", CellStyle.Ratio, values.Share(offer))
                .Formula(Corridor, row, $"IF({Own(Admissible)}={yes},IF(ROUND({Own(Share)},12)>=(100-{fluctuation})/100,{yes},{no}),\"–\")", CellStyle.Center, values.InRange(offer));
            var decide = settings.TieBreaker == TieBreaker.Price ? $"({All(Price)}<{Own(Price)})" : $"({All(Performance)}>{Own(Performance)})";
            better = $"(({All(Corridor)}={yes})*({Own(Corridor)}={no})+({All(Corridor)}={yes})*({Own(Corridor)}={yes})*{decide}"
                + $"+({All(Corridor)}={no})*({Own(Corridor)}={no})*({All(Ratio)}>{Own(Ratio)}))";
        }
        else
        {
            sheet.Text(Share, row, "–", CellStyle.NotApplicable).Text(Corridor, row, "–", CellStyle.NotApplicable);
            better = settings.Method == AwardMethod.PriceOnly ? $"({All(Price)}<{Own(Price)})" : $"({All(Ratio)}>{Own(Ratio)})";
        }

        sheet.Formula(Rank, row, $"IF({Own(Admissible)}={yes},1+SUMPRODUCT({admissible}*{better}),\"–\")", CellStyle.TotalCenter, RankingValues.Rank(offer))
            .Formula(Tie, row, $"IF({Own(Admissible)}={yes},IF(SUMPRODUCT({admissible}*({All(Rank)}={Own(Rank)}))>1,{yes},{no}),\"–\")", CellStyle.Center, values.Tie(offer));
    }
}
