using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;

namespace ProcurementKit.Tests.Evaluation;

public sealed class OfferEvaluatorTests
{
    [Fact]
    public void Should_ComputeFiguresAndRank_When_OffersAreScoredBySimpleReferenceValue()
    {
        // Alpha: UPD-01 9 years → 4 points · 3 = 12, CRY-01 met → 10 · 2 = 20; L = 32, Z = 32 / 16 000 = 0.002
        // Beta:  UPD-01 12 years → 10 · 3 = 30, CRY-01 not met → 0; L = 30, Z = 30 / 10 000 = 0.003
        // Gamma: UPD-02 not met → excluded
        var selection = EvaluationFixture.Build();
        var responses = new[]
        {
            EvaluationFixture.Offer("Alpha", 16_000m, EvaluationFixture.Reply("UPD-01", Answer.Met, 9), EvaluationFixture.Reply("UPD-02", Answer.Met), EvaluationFixture.Reply("CRY-01", Answer.Met)),
            EvaluationFixture.Offer("Beta", 10_000m, EvaluationFixture.Reply("UPD-01", Answer.Met, 12), EvaluationFixture.Reply("UPD-02", Answer.Met), EvaluationFixture.Reply("CRY-01", Answer.NotMet)),
            EvaluationFixture.Offer("Gamma", 5_000m, EvaluationFixture.Reply("UPD-01", Answer.Met, 12), EvaluationFixture.Reply("UPD-02", Answer.NotMet), EvaluationFixture.Reply("CRY-01", Answer.Met)),
        };

        var result = OfferEvaluator.Evaluate(selection, responses, EvaluatorScores.None, []);

        result.Offers.Select(o => (o.Bidder, o.Performance, o.Ratio, o.Place?.Rank)).ShouldBe(
        [
            ("Beta", 30m, 0.003m, (int?)1),
            ("Alpha", 32m, 0.002m, (int?)2),
            ("Gamma", 50m, 0.01m, (int?)null),
        ]);
        result.Offers[2].Exclusions.Single()[Language.English].ShouldStartWith("1.2 UPD-02 (A): answered “not met”");
        result.IsProvisional.ShouldBeFalse();
    }

    [Fact]
    public void Should_BeProvisional_When_PartialAnswersAwaitTheEvaluator()
    {
        var selection = EvaluationFixture.Build();
        var responses = new[]
        {
            EvaluationFixture.Offer("Alpha", 10_000m, EvaluationFixture.Reply("UPD-02", Answer.Met), EvaluationFixture.Reply("CRY-01", Answer.PartiallyMet)),
        };

        var pending = OfferEvaluator.Evaluate(selection, responses, EvaluatorScores.None, []);
        var scored = OfferEvaluator.Evaluate(selection, responses, Scores("Alpha", "CRY-01", 5m), []);

        (pending.IsProvisional, pending.Offers[0].PendingCount, pending.Offers[0].Performance).ShouldBe((true, 1, 0m));
        (scored.IsProvisional, scored.Offers[0].Performance).ShouldBe((false, 10m));
    }

    [Fact]
    public void Should_ApplyTheAnnouncedMethod_When_TenderChoosesPriceOnly()
    {
        var selection = EvaluationFixture.Build("price-only");
                var responses = new[]
        {
            EvaluationFixture.Offer("Alpha", 16_000m, EvaluationFixture.Reply("UPD-01", Answer.Met, 12), EvaluationFixture.Reply("UPD-02", Answer.Met), EvaluationFixture.Reply("CRY-01", Answer.Met)),
            EvaluationFixture.Offer("Beta", 15_000m, EvaluationFixture.Reply("UPD-02", Answer.Met)),
        };

        var result = OfferEvaluator.Evaluate(selection, responses, EvaluatorScores.None, []);

        result.Ranking.Winners.Single().Figures.Bidder.ShouldBe("Beta");
    }

    private static EvaluatorScores Scores(string bidder, string id, decimal points) =>
        new(new Dictionary<string, IReadOnlyDictionary<string, decimal>> { [bidder] = new Dictionary<string, decimal> { [id] = points } });
}
