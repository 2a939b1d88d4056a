namespace ProcurementKit.Evaluation;

/// <summary>What a bidder answered to one requirement; every text is the bidder's own and untrusted.</summary>
/// <param name="Answer">The drop-down answer; null when the bidder left it empty.</param>
/// <param name="Value">The stated value of a quantitative criterion (e.g. offered support years).</param>
public sealed record RequirementAnswer(string Id, Answer? Answer, decimal? Value, string Explanation, string Evidence)
{
    public static RequirementAnswer Empty(string id) => new(id, null, null, string.Empty, string.Empty);
}

/// <summary>One returned response form, read and checked: who offers, at which net price, with which answers.</summary>
public sealed record BidderResponse(string Bidder, string File, decimal Price, IReadOnlyList<RequirementAnswer> Answers)
{
    public RequirementAnswer AnswerTo(string id) =>
        Answers.FirstOrDefault(a => a.Id == id) ?? RequirementAnswer.Empty(id);
}
