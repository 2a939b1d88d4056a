namespace ProcurementKit.Evaluation.Methods;

/// <summary>What an award method sees of an admissible offer: performance points L and net price P.</summary>
public readonly record struct OfferFigures(string Bidder, decimal Performance, decimal Price)
{
    /// <summary>The UfAB key figure Z = L / P (performance per euro).</summary>
    public decimal Ratio => Price == 0 ? 0 : Performance / Price;

    /// <summary>
    /// Compares Z exactly by cross-multiplying (L1·P2 against L2·P1), so equal ratios are ties even
    /// where the decimal quotients would differ in the last digit.
    /// </summary>
    public int CompareRatio(OfferFigures other) => (Performance * other.Price).CompareTo(other.Performance * Price);
}
