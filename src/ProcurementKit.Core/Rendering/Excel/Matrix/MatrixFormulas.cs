using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using static ProcurementKit.Rendering.Excel.Matrix.MatrixLayout;

namespace ProcurementKit.Rendering.Excel.Matrix;

/// <summary>
/// The live formulas of one bidder block, the same rules as <see cref="CriterionScorer"/> written for Excel
/// and LibreOffice: plain functions only (IF, ISNUMBER, N, SUM, SUMPRODUCT, ROUND, MAX), so both compute alike.
/// </summary>
internal sealed class MatrixFormulas(Language language, int block, int criteria)
{
    private readonly string _met = Quote(Answer.Met.Label(language));
    private readonly string _partial = Quote(Answer.PartiallyMet.Label(language));
    private readonly string _maxPoints = CellRef.Absolute(ParameterColumn, MaxPointsRow);

    private string Cell(int offset, int row) => CellRef.Of(block + offset, row);

    private string Column(int offset) => CellRef.Range(block + offset, FirstCriterionRow, LastCriterionRow(criteria));

    private string Kinds => CellRef.Range(KindColumn, FirstCriterionRow, LastCriterionRow(criteria));

    /// <summary>A criterion: met, or the offer is excluded; an empty answer excludes too.</summary>
    public string KnockOut(int row) =>
        $"IF({Cell(AnswerOffset, row)}={_met},\"✓\",{Quote(Excluded(language))})";

    /// <summary>B criterion: "erfüllt" = full points, "teilweise erfüllt" = pending, anything else 0.</summary>
    public string Scored(int row) =>
        $"IF({Cell(AnswerOffset, row)}={_met},{_maxPoints},IF({Cell(AnswerOffset, row)}={_partial},{Quote(Pending(language))},0))";

    /// <summary>Quantitative B criterion: linear from the required value (0) to the full-points value, clamped; without a value as <see cref="CriterionScorer"/>.</summary>
    public string Quantitative(int row)
    {
        var value = Cell(ValueOffset, row);
        var required = CellRef.Absolute(RequiredColumn, row);
        var full = CellRef.Absolute(FullAtColumn, row);
        var answer = Cell(AnswerOffset, row);
        return $"IF(ISNUMBER({value}),IF({value}<{required},0,IF(OR({value}>={full},{full}<={required}),{_maxPoints},{_maxPoints}*({value}-{required})/({full}-{required}))),"
            + $"IF(OR({answer}={_met},{answer}={_partial}),{Quote(Pending(language))},0))";
    }

    /// <summary>Points times weight; the evaluator's points win over the automatic ones; empty while pending.</summary>
    public string Weighted(int row)
    {
        var evaluator = Cell(EvaluatorOffset, row);
        var auto = Cell(AutoOffset, row);
        var weight = CellRef.Absolute(WeightColumn, row);
        return $"IF(ISNUMBER({evaluator}),{evaluator}*{weight},IF(ISNUMBER({auto}),{auto}*{weight},\"\"))";
    }

    public string Performance() => $"SUM({Column(WeightedOffset)})";

    public string Ratio(int performanceRow, int priceRow) =>
        $"IF(N({Cell(0, priceRow)})>0,{Cell(0, performanceRow)}/{Cell(0, priceRow)},\"–\")";

    public string KnockOuts() => $"SUMPRODUCT(({Kinds}=\"A\")*({Column(AnswerOffset)}<>{_met}))";

    public string PendingCount() => $"SUMPRODUCT(({Kinds}=\"B\")*(1-ISNUMBER({Column(WeightedOffset)})))";

    public string Admissible(int knockOutRow, int priceRow) =>
        $"IF(AND({Cell(0, BidderRow)}<>\"\",{Cell(0, knockOutRow)}=0,N({Cell(0, priceRow)})>0),{Quote(Yes(language))},{Quote(No(language))})";

    public static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
