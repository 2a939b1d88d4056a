using ProcurementKit.Tenders;
using ProcurementKit.Evaluation.Methods;

namespace ProcurementKit.Tests.Evaluation.Methods;

public sealed class ExtendedReferenceValueMethodTests
{
    [Fact]
    public void Should_IncludeOffer_When_ItsRatioLiesExactlyOnTheCorridorEdge()
    {
        // Best Z = 500 / 100 000 = 0.005; with 10 % the floor is 0.0045. B: 450 / 100 000 = 0.0045 (on the edge),
        // C: 449 / 100 000 = 0.00449 (just below).
        var ranking = new ExtendedReferenceValueMethod(10m, TieBreaker.Performance)
            .Rank([new("A", 500m, 100_000m), new("B", 450m, 100_000m), new("C", 449m, 100_000m)]);

        ranking.BestRatio.ShouldBe(0.005m);
        ranking.CorridorFloor.ShouldBe(0.0045m);
        ranking.Find("B")!.InCorridor.ShouldBe(true);
        ranking.Find("C")!.InCorridor.ShouldBe(false);
        ranking.Offers.Select(o => (o.Figures.Bidder, o.Rank)).ShouldBe([("A", 1), ("B", 2), ("C", 3)]);
    }

    [Fact]
    public void Should_ExcludeOfferFromCorridor_When_OneCentTipsItBelowTheEdge()
    {
        // B: 450 / 100 000.01 = 0.00449999955 < 0.0045
        var ranking = new ExtendedReferenceValueMethod(10m, TieBreaker.Performance)
            .Rank([new("A", 500m, 100_000m), new("B", 450m, 100_000.01m)]);

        ranking.Find("B")!.InCorridor.ShouldBe(false);
    }

    [Fact]
    public void Should_LetHigherPerformanceWin_When_TieBreakerIsPerformanceAndBothAreInTheCorridor()
    {
        // A: 480 / 100 000 = 0.0048 (best Z); B: 520 / 110 000 = 0.0047272… ≥ 0.00432 → in the corridor, and B has the higher L
        var ranking = new ExtendedReferenceValueMethod(10m, TieBreaker.Performance)
            .Rank([new("A", 480m, 100_000m), new("B", 520m, 110_000m)]);

        ranking.Offers.Select(o => (o.Figures.Bidder, o.Rank, o.InCorridor)).ShouldBe([("B", 1, (bool?)true), ("A", 2, (bool?)true)]);
    }

    [Fact]
    public void Should_LetLowerPriceWin_When_TieBreakerIsPrice()
    {
        // A: 500 / 100 000 = 0.005 (best Z); B: 460 / 95 000 = 0.0048421… ≥ 0.0045 → in; B is cheaper
        var ranking = new ExtendedReferenceValueMethod(10m, TieBreaker.Price)
            .Rank([new("A", 500m, 100_000m), new("B", 460m, 95_000m)]);

        ranking.Offers.Select(o => o.Figures.Bidder).ShouldBe(["B", "A"]);
    }

    [Fact]
    public void Should_OrderOffersOutsideTheCorridorByRatio_When_SeveralFallOutside()
    {
        // Floor at 5 %: 0.005 · 0.95 = 0.00475. C: 0.003 and D: 0.004 are outside; D has the higher Z.
        var ranking = new ExtendedReferenceValueMethod(5m, TieBreaker.Performance)
            .Rank([new("C", 300m, 100_000m), new("A", 500m, 100_000m), new("D", 400m, 100_000m), new("B", 480m, 100_000m)]);

        ranking.CorridorFloor.ShouldBe(0.00475m);
        ranking.Offers.Select(o => (o.Figures.Bidder, o.Rank)).ShouldBe([("A", 1), ("B", 2), ("D", 3), ("C", 4)]);
        ranking.Find("B")!.InCorridor.ShouldBe(true);
    }

    [Fact]
    public void Should_NotLetHighPerformanceOutsideTheCorridorWin_When_TieBreakerIsPerformance()
    {
        // B has the highest L (900) but Z = 900 / 300 000 = 0.003 lies below the floor 0.0045
        var ranking = new ExtendedReferenceValueMethod(10m, TieBreaker.Performance)
            .Rank([new("A", 500m, 100_000m), new("B", 900m, 300_000m)]);

        ranking.Offers.Select(o => o.Figures.Bidder).ShouldBe(["A", "B"]);
    }

    [Fact]
    public void Should_ReportTie_When_PerformanceIsEqualInsideTheCorridor()
    {
        // A: 500 / 100 000 and B: 500 / 105 000 (Z 0.0047619… ≥ 0.0045) both have L = 500: the tie-breaker cannot separate them
        var ranking = new ExtendedReferenceValueMethod(10m, TieBreaker.Performance)
            .Rank([new("A", 500m, 100_000m), new("B", 500m, 105_000m), new("C", 100m, 100_000m)]);

        ranking.Offers.Select(o => (o.Figures.Bidder, o.Rank, o.Tied)).ShouldBe([("A", 1, true), ("B", 1, true), ("C", 3, false)]);
    }

    [Fact]
    public void Should_ReportTie_When_PriceIsEqualInsideTheCorridor()
    {
        // A: 500 / 100 000, B: 470 / 100 000 (Z 0.0047 ≥ 0.0045): equal prices
        var ranking = new ExtendedReferenceValueMethod(10m, TieBreaker.Price)
            .Rank([new("A", 500m, 100_000m), new("B", 470m, 100_000m)]);

        ranking.Winners.Count.ShouldBe(2);
        ranking.Offers.ShouldAllBe(o => o.Tied);
    }

    [Fact]
    public void Should_PutEveryOfferInTheCorridor_When_NoOfferHasPerformancePoints()
    {
        var ranking = new ExtendedReferenceValueMethod(10m, TieBreaker.Price)
            .Rank([new("A", 0m, 100_000m), new("B", 0m, 90_000m)]);

        ranking.Offers.Select(o => (o.Figures.Bidder, o.Rank, o.InCorridor)).ShouldBe([("B", 1, (bool?)true), ("A", 2, (bool?)true)]);
    }

    [Fact]
    public void Should_ReturnEmptyRanking_When_NoOfferIsAdmissible()
    {
        var ranking = new ExtendedReferenceValueMethod(10m, TieBreaker.Performance).Rank([]);

        ranking.Offers.ShouldBeEmpty();
        ranking.BestRatio.ShouldBeNull();
    }
}
