namespace ProcurementKit.Evaluation;

/// <summary>What a bidder answered to one requirement; every text is the bidder's own and untrusted.</summary>
/// <param name="Answer">The drop-down answer; null when the bidder left it empty.</param>
/// <param name="Value">The stated value of a quantitative criterion (e.g. offered support years).</param>
public sealed record RequirementAnswer(string Id, Answer? Answer, decimal? Value, string Explanation, string Evidence)
{
    public static RequirementAnswer Empty(string id) => new(id, null, null, string.Empty, string.Empty);
}

/// <summary>A lot the bidder offers for, at its total net price (lots are awarded separately, § 97 (4) GWB).</summary>
public sealed record LotOffer(string LotId, decimal Price);

/// <summary>One returned response form, read and checked: who offers for which lots at which net prices, with which answers.</summary>
public sealed record BidderResponse(string Bidder, string File, IReadOnlyList<LotOffer> Lots, IReadOnlyList<RequirementAnswer> Answers)
{
    /// <summary>The person who made the declarations (text form, § 126b BGB), as named in the form.</summary>
    public string Declarant { get; init; } = string.Empty;

    /// <summary>Place and date of the declaration, as the bidder wrote them (may be empty).</summary>
    public string PlaceAndDate { get; init; } = string.Empty;

    public RequirementAnswer AnswerTo(string id) =>
        Answers.FirstOrDefault(a => a.Id == id) ?? RequirementAnswer.Empty(id);

    public bool BidsFor(string lotId) => Lots.Any(l => l.LotId == lotId);
}
