using ProcurementKit.Catalog;

namespace ProcurementKit.Rendering.Excel.Matrix;

/// <summary>
/// Where things are in the evaluation matrix (blank, from compose) and in evaluation.xlsx (filled, from
/// evaluate): both share this layout, so formulas, writers and the reader of evaluator points agree.
/// </summary>
public static class MatrixLayout
{
    public const string MatrixKind = "evaluation-matrix";
    public const string EvaluationKind = "evaluation";

    public const int MaxPointsRow = 4;
    public const int FluctuationRow = 5;
    public const int ParameterColumn = 4;
    public const int BlockLabelRow = 6;
    public const int BidderRow = 7;
    public const int HeaderRow = 8;
    public const int FirstCriterionRow = 9;

    public const int NumberColumn = 1;
    public const int IdColumn = 2;
    public const int RequirementColumn = 3;
    public const int KindColumn = 4;
    public const int WeightColumn = 5;
    public const int ScaleColumn = 6;
    public const int RequiredColumn = 7;
    public const int FullAtColumn = 8;
    public const int FirstBlockColumn = 9;
    public const int BlockWidth = 6;

    // Offsets inside a bidder's block.
    public const int AnswerOffset = 0;
    public const int ValueOffset = 1;
    public const int AutoOffset = 2;
    public const int EvaluatorOffset = 3;
    public const int ReasonOffset = 4;
    public const int WeightedOffset = 5;

    /// <summary>The summary rows below the criteria, in order.</summary>
    public enum Summary
    {
        Performance,
        Price,
        Ratio,
        KnockOuts,
        Pending,
        Admissible,
        Rank,
    }

    public static int BlockColumn(int bidderIndex) => FirstBlockColumn + (bidderIndex * BlockWidth);

    public static int LastCriterionRow(int criteria) => FirstCriterionRow + criteria - 1;

    public static int SummaryRow(int criteria, Summary summary) => LastCriterionRow(criteria) + 2 + (int)summary;

    public static string MatrixSheet(Language language) => MatrixLabels.For(language).MatrixSheet;

    public static string RankingSheet(Language language) => MatrixLabels.For(language).RankingSheet;

    /// <summary>What the cells of a block show before a bidder is named, and the automatic points before the evaluator scores.</summary>
    public static string Open(Language language) => MatrixLabels.For(language).Open;

    /// <summary>What the automatic-points column shows for a claim only the evaluator can score.</summary>
    public static string ToAssess(Language language) => MatrixLabels.For(language).ToAssess;

    public static string Yes(Language language) => MatrixLabels.For(language).Yes;

    public static string No(Language language) => MatrixLabels.For(language).No;

    public static string Excluded(Language language) => MatrixLabels.For(language).Excluded;

    public static IReadOnlyList<string> BlockHeaders(Language language) => MatrixLabels.For(language).BlockHeaders;

    /// <summary>Z is shown as performance points per 1,000 EUR: L / P alone has too many leading zeros to read.</summary>
    public const int RatioScale = 1000;
}
