using ProcurementKit.Evaluation;

namespace ProcurementKit.Rendering.Excel.Matrix;

/// <summary>
/// What one bidder block of the matrix holds. The blank matrix has empty blocks for the evaluator to fill;
/// evaluation.xlsx fills them from the returned forms and the evaluator's earlier points.
/// </summary>
public sealed record MatrixBidder(
    string? Name,
    decimal? Price,
    IReadOnlyDictionary<string, RequirementAnswer> Answers,
    IReadOnlyDictionary<string, decimal> EvaluatorPoints)
{
    public static MatrixBidder Empty { get; } = new(null, null, new Dictionary<string, RequirementAnswer>(), new Dictionary<string, decimal>());
}
