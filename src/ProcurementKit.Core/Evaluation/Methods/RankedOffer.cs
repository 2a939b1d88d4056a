namespace ProcurementKit.Evaluation.Methods;

/// <summary>An offer's place: offers an award method cannot tell apart share a rank and are marked as tied.</summary>
/// <param name="InCorridor">Extended reference-value method only: whether Z lies within the fluctuation range of the best Z.</param>
public sealed record RankedOffer(OfferFigures Figures, int Rank, bool Tied, bool? InCorridor);

/// <summary>The admissible offers in rank order, with the best Z and the corridor floor where the method uses them.</summary>
public sealed record Ranking(IReadOnlyList<RankedOffer> Offers, decimal? BestRatio, decimal? CorridorFloor)
{
    public RankedOffer? Find(string bidder) => Offers.FirstOrDefault(o => o.Figures.Bidder == bidder);

    /// <summary>The offers on rank 1; more than one means the award needs a decision the method did not make.</summary>
    public IReadOnlyList<RankedOffer> Winners => [.. Offers.Where(o => o.Rank == 1)];
}
