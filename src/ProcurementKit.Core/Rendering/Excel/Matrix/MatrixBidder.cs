using ProcurementKit.Evaluation;

namespace ProcurementKit.Rendering.Excel.Matrix;

/// <summary>
/// What one bidder block of the matrix holds. The blank matrix has empty blocks for the evaluator to fill;
/// evaluation.xlsx fills them from one lot's evaluated offer (answers, price, the evaluator's earlier points and
/// reasons), and the offer's figures are stored as the formulas' results.
/// </summary>
public sealed record MatrixBidder(OfferResult? Offer)
{
    public static MatrixBidder Empty { get; } = new((OfferResult?)null);

    public string? Name => Offer?.Bidder;

    public RequirementAnswer? AnswerTo(string id) => Offer?.Response.AnswerTo(id);

    public CriterionScore? ScoreOf(string id) => Offer?.Criteria.FirstOrDefault(c => c.Requirement.Id == id);
}
