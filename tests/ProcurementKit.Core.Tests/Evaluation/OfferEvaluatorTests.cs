using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Evaluation;

public sealed class OfferEvaluatorTests
{
    [Fact]
    public void Should_ComputeFiguresAndRank_When_OffersAreScoredBySimpleReferenceValue()
    {
        // Alpha: UPD-01 9 years → 4 points · 3 = 12, CRY-01 claimed, evaluator 10 → 10 · 2 = 20; L = 32, Z = 32 / 16 000 = 0.002
        // Beta:  UPD-01 12 years → 10 · 3 = 30, CRY-01 not met → 0; L = 30, Z = 30 / 10 000 = 0.003
        // Gamma: UPD-02 not met → excluded
        var selection = EvaluationFixture.Build();
        var responses = new[]
        {
            EvaluationFixture.Offer("Alpha", 16_000m, EvaluationFixture.Reply("UPD-01", Answer.Met, 9), EvaluationFixture.Reply("UPD-02", Answer.Met), EvaluationFixture.Reply("CRY-01", Answer.Met)),
            EvaluationFixture.Offer("Beta", 10_000m, EvaluationFixture.Reply("UPD-01", Answer.Met, 12), EvaluationFixture.Reply("UPD-02", Answer.Met), EvaluationFixture.Reply("CRY-01", Answer.NotMet)),
            EvaluationFixture.Offer("Gamma", 5_000m, EvaluationFixture.Reply("UPD-01", Answer.Met, 12), EvaluationFixture.Reply("UPD-02", Answer.NotMet), EvaluationFixture.Reply("CRY-01", Answer.NotMet)),
        };

        var result = OfferEvaluator.Evaluate(selection, responses, Scores("Alpha", "CRY-01", 10m), []);

        var lot = result.Lots.ShouldHaveSingleItem();
        lot.Offers.Select(o => (o.Bidder, o.Performance, o.Ratio, o.Place?.Rank)).ShouldBe(
        [
            ("Beta", 30m, 0.003m, (int?)1),
            ("Alpha", 32m, 0.002m, (int?)2),
            ("Gamma", 30m, 0.006m, (int?)null),
        ]);
        lot.Offers[2].Exclusions.Single()[Language.English].ShouldStartWith("1.2 UPD-02 (A): answered “not met”");
        result.IsProvisional.ShouldBeFalse();
    }

    [Fact]
    public void Should_BeProvisional_When_ClaimsAwaitTheEvaluator()
    {
        var selection = EvaluationFixture.Build();
        var responses = new[]
        {
            EvaluationFixture.Offer("Alpha", 10_000m, EvaluationFixture.Reply("UPD-02", Answer.Met), EvaluationFixture.Reply("CRY-01", Answer.Met)),
        };

        var pending = OfferEvaluator.Evaluate(selection, responses, EvaluatorScores.None, []);
        var scored = OfferEvaluator.Evaluate(selection, responses, Scores("Alpha", "CRY-01", 5m), []);

        var open = pending.Lots[0].Offers[0];
        (pending.IsProvisional, open.PendingCount, open.Performance).ShouldBe((true, 1, 0m));
        (scored.IsProvisional, scored.Lots[0].Offers[0].Performance).ShouldBe((false, 10m));
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

        result.Lots[0].Ranking.Winners.Single().Figures.Bidder.ShouldBe("Beta");
    }

    [Fact]
    public void Should_RankEachLotOnItsOwn_When_BiddersOfferForSomeLotsOnly()
    {
        // Lot 1 (sensors) asks UPD-01 (A) and CRY-01 (B); lot 2 (gateways) asks NET-01 (A) and CRY-01 (B).
        var selection = LotFixture.Selection();
        var responses = new[]
        {
            LotFixture.Offer("Nur Los 1", [("1", 1_000m)], ("UPD-01", Answer.Met), ("CRY-01", Answer.Met)),
            LotFixture.Offer("Nur Los 2", [("2", 2_000m)], ("NET-01", Answer.Met), ("CRY-01", Answer.Met)),
            LotFixture.Offer("Beide Lose", [("1", 1_500m), ("2", 1_800m)], ("UPD-01", Answer.Met), ("NET-01", Answer.Met), ("CRY-01", Answer.Met)),
        };
        var scores = new EvaluatorScores(new Dictionary<(string, string), IReadOnlyDictionary<string, EvaluatorEntry>>
        {
            [("1", "Nur Los 1")] = new Dictionary<string, EvaluatorEntry> { ["CRY-01"] = new(8m, "vollständig belegt") },
            [("1", "Beide Lose")] = new Dictionary<string, EvaluatorEntry> { ["CRY-01"] = new(5m, "überwiegend") },
            [("2", "Nur Los 2")] = new Dictionary<string, EvaluatorEntry> { ["CRY-01"] = new(10m, "mehr als gefordert") },
            [("2", "Beide Lose")] = new Dictionary<string, EvaluatorEntry> { ["CRY-01"] = new(3m, "in Ansätzen") },
        });

        var result = OfferEvaluator.Evaluate(selection, responses, scores, []);

        result.Lots.Select(l => l.Lot.Id).ShouldBe(["1", "2"]);
        // Lot 1: Nur Los 1 Z = 16/1000, Beide Lose Z = 10/1500; lot 2: Nur Los 2 Z = 20/2000, Beide Lose Z = 6/1800.
        result.Lots[0].Offers.Select(o => (o.Bidder, o.Price, o.Performance, o.Place?.Rank)).ShouldBe([("Nur Los 1", 1_000m, 16m, (int?)1), ("Beide Lose", 1_500m, 10m, (int?)2)]);
        result.Lots[1].Offers.Select(o => (o.Bidder, o.Price, o.Performance, o.Place?.Rank)).ShouldBe([("Nur Los 2", 2_000m, 20m, (int?)1), ("Beide Lose", 1_800m, 6m, (int?)2)]);
        result.Offers.ShouldAllBe(o => o.IsAdmissible);
        result.Lots[1].Offers[0].Criteria.Select(c => c.Requirement.Id).ShouldBe(["CRY-01", "NET-01"], ignoreOrder: true);
    }

    private static EvaluatorScores Scores(string bidder, string id, decimal points) =>
        new(new Dictionary<(string, string), IReadOnlyDictionary<string, EvaluatorEntry>>
        {
            [("1", bidder)] = new Dictionary<string, EvaluatorEntry> { [id] = new(points, "Begründung") },
        });
}
