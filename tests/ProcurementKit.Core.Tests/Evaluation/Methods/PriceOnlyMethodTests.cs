using ProcurementKit.Evaluation.Methods;

namespace ProcurementKit.Tests.Evaluation.Methods;

public sealed class PriceOnlyMethodTests
{
    private static readonly PriceOnlyMethod s_method = new();

    [Fact]
    public void Should_RankLowestPriceFirst_When_PerformanceDiffers()
    {
        // Given three offers where the best performer is not the cheapest
        var ranking = s_method.Rank([new("A", 500m, 120_000m), new("B", 100m, 100_000m), new("C", 900m, 150_000m)]);

        // Then only the price counts
        ranking.Offers.Select(o => (o.Figures.Bidder, o.Rank, o.Tied)).ShouldBe([("B", 1, false), ("A", 2, false), ("C", 3, false)]);
        ranking.BestRatio.ShouldBeNull();
    }

    [Fact]
    public void Should_ReportTie_When_TwoOffersHaveTheSamePrice()
    {
        var ranking = s_method.Rank([new("A", 100m, 100_000m), new("B", 200m, 100_000m), new("C", 50m, 90_000m)]);

        ranking.Offers.Select(o => (o.Figures.Bidder, o.Rank, o.Tied)).ShouldBe([("C", 1, false), ("A", 2, true), ("B", 2, true)]);
    }

    [Fact]
    public void Should_ReportTieForFirst_When_TheLowestPriceIsShared()
    {
        var ranking = s_method.Rank([new("B", 10m, 99_999.99m), new("A", 20m, 99_999.99m), new("C", 30m, 100_000m)]);

        ranking.Winners.Select(w => w.Figures.Bidder).ShouldBe(["A", "B"]);
        ranking.Find("C")!.Rank.ShouldBe(3);
    }
}
