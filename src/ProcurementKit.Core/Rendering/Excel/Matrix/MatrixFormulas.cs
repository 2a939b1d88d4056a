using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using static ProcurementKit.Rendering.Excel.Matrix.MatrixLayout;

namespace ProcurementKit.Rendering.Excel.Matrix;

/// <summary>
/// The live formulas of one bidder block, the same rules as <see cref="CriterionScorer"/> written for Excel
/// and LibreOffice: plain functions only (IF, ISNUMBER, N, SUM, SUMPRODUCT, ROUND, MAX), so both compute alike.
/// Until a bidder is named, every verdict reads "offen" instead of anticipating an exclusion.
/// </summary>
internal sealed class MatrixFormulas(Language language, int block, int criteria)
{
    private readonly string _met = Quote(Answer.Met.Label(language));
    private readonly string _partial = Quote(Answer.PartiallyMet.Label(language));
    private readonly string _open = Quote(Open(language));
    private readonly string _toAssess = Quote(ToAssess(language));
    private readonly string _maxPoints = CellRef.Absolute(ParameterColumn, MaxPointsRow);

    private string Cell(int offset, int row) => CellRef.Of(block + offset, row);

    private string Name => CellRef.Absolute(block, BidderRow);

    private string Column(int offset) => CellRef.Range(block + offset, FirstCriterionRow, LastCriterionRow(criteria));

    private string Kinds => CellRef.Range(KindColumn, FirstCriterionRow, LastCriterionRow(criteria));

    private string Claimed(int row) => $"OR({Cell(AnswerOffset, row)}={_met},{Cell(AnswerOffset, row)}={_partial})";

    /// <summary>A criterion: met by self-declaration, or the offer is excluded; an empty answer excludes too.</summary>
    public string KnockOut(int row) =>
        $"IF({Name}=\"\",{_open},IF({Cell(AnswerOffset, row)}={_met},\"✓\",{Quote(Excluded(language))}))";

    /// <summary>Qualitative B criterion: a claim of the bidder is for the evaluator to score; "nicht erfüllt" or nothing is 0.</summary>
    public string Scored(int row) =>
        $"IF({Name}=\"\",{_open},IF({Claimed(row)},{_toAssess},0))";

    /// <summary>Quantitative B criterion: linear from the required value (0) to the full-points value, clamped; higher or lower is better.</summary>
    public string Quantitative(int row, bool lowerIsBetter)
    {
        var value = Cell(ValueOffset, row);
        var required = CellRef.Absolute(RequiredColumn, row);
        var full = CellRef.Absolute(FullAtColumn, row);
        var linear = lowerIsBetter
            ? $"IF({value}>{required},0,IF(OR({value}<={full},{full}>={required}),{_maxPoints},{_maxPoints}*({required}-{value})/({required}-{full})))"
            : $"IF({value}<{required},0,IF(OR({value}>={full},{full}<={required}),{_maxPoints},{_maxPoints}*({value}-{required})/({full}-{required})))";
        return $"IF({Name}=\"\",{_open},IF(ISNUMBER({value}),{linear},IF({Claimed(row)},{_toAssess},0)))";
    }

    /// <summary>Points times weight; the evaluator's points win over the formula's; empty while open.</summary>
    public string Weighted(int row)
    {
        var evaluator = Cell(EvaluatorOffset, row);
        var auto = Cell(AutoOffset, row);
        var weight = CellRef.Absolute(WeightColumn, row);
        return $"IF(ISNUMBER({evaluator}),{evaluator}*{weight},IF(ISNUMBER({auto}),{auto}*{weight},\"\"))";
    }

    public string Performance() => $"SUM({Column(WeightedOffset)})";

    /// <summary>Z = L / P shown per 1,000 EUR.</summary>
    public string Ratio(int performanceRow, int priceRow) =>
        $"IF(N({Cell(0, priceRow)})>0,{Cell(0, performanceRow)}/{Cell(0, priceRow)}*{RatioScale},\"–\")";

    public string KnockOuts() => $"IF({Name}=\"\",{_open},SUMPRODUCT(({Kinds}=\"A\")*({Column(AnswerOffset)}<>{_met})))";

    public string PendingCount() => $"IF({Name}=\"\",{_open},SUMPRODUCT(({Kinds}=\"B\")*(1-ISNUMBER({Column(WeightedOffset)}))))";

    public string Admissible(int knockOutRow, int priceRow) =>
        $"IF({Name}=\"\",{_open},IF(AND({Cell(0, knockOutRow)}=0,N({Cell(0, priceRow)})>0),{Quote(Yes(language))},{Quote(No(language))}))";

    public static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
