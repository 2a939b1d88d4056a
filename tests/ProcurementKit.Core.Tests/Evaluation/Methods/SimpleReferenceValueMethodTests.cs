using ProcurementKit.Evaluation.Methods;

namespace ProcurementKit.Tests.Evaluation.Methods;

public sealed class SimpleReferenceValueMethodTests
{
    private static readonly SimpleReferenceValueMethod s_method = new();

    [Fact]
    public void Should_RankHighestRatioFirst_When_RatiosDiffer()
    {
        // Z by hand: A 400 / 200 000 = 0.002, B 300 / 120 000 = 0.0025, C 450 / 250 000 = 0.0018
        var ranking = s_method.Rank([new("A", 400m, 200_000m), new("B", 300m, 120_000m), new("C", 450m, 250_000m)]);

        ranking.Offers.Select(o => (o.Figures.Bidder, o.Rank, o.Tied)).ShouldBe([("B", 1, false), ("A", 2, false), ("C", 3, false)]);
        ranking.BestRatio.ShouldBe(0.0025m);
        ranking.Find("A")!.Figures.Ratio.ShouldBe(0.002m);
        ranking.Find("C")!.Figures.Ratio.ShouldBe(0.0018m);
    }

    [Fact]
    public void Should_ReportTie_When_RatiosAreExactlyEqual()
    {
        // A 300 / 150 000 = B 200 / 100 000 = 0.002; C 100 / 100 000 = 0.001
        var ranking = s_method.Rank([new("A", 300m, 150_000m), new("B", 200m, 100_000m), new("C", 100m, 100_000m)]);

        ranking.Offers.Select(o => (o.Figures.Bidder, o.Rank, o.Tied)).ShouldBe([("A", 1, true), ("B", 1, true), ("C", 3, false)]);
    }

    [Fact]
    public void Should_ReportTie_When_EqualRatiosHaveNoFiniteDecimal()
    {
        // 100 / 300 and 200 / 600 are both 1/3: a tie, although neither quotient is exact
        var ranking = s_method.Rank([new("A", 100m, 300m), new("B", 200m, 600m), new("C", 199m, 600m)]);

        ranking.Winners.Count.ShouldBe(2);
        ranking.Find("C")!.Rank.ShouldBe(3);
    }

    [Fact]
    public void Should_PreferHigherRatio_When_HigherPerformanceCostsMore()
    {
        // A: 600 / 300 000 = 0.002 beats B: 700 / 400 000 = 0.00175 despite the lower L
        var ranking = s_method.Rank([new("A", 600m, 300_000m), new("B", 700m, 400_000m)]);

        ranking.Offers[0].Figures.Bidder.ShouldBe("A");
    }
}
