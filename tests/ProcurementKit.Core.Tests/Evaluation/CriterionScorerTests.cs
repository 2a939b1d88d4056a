using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;

namespace ProcurementKit.Tests.Evaluation;

public sealed class CriterionScorerTests
{
    private static CriterionScore Score(string id, Answer? answer, decimal? value = null, decimal? evaluator = null) =>
        CriterionScorer.Score(
            EvaluationFixture.Requirement(id), EvaluationFixture.Reply(id, answer, value), evaluator is null ? null : new EvaluatorEntry(evaluator, "Begründung"), 10);

    [Fact]
    public void Should_KeepOffer_When_KnockOutCriterionIsMet()
    {
        var score = Score("UPD-02", Answer.Met);

        score.Exclusion.ShouldBeNull();
        score.Points.ShouldBeNull();
    }

    [Theory]
    [InlineData(Answer.PartiallyMet, "1.2 UPD-02 (A): Antwort „teilweise erfüllt“ – ein Ausschlusskriterium muss erfüllt sein")]
    [InlineData(Answer.NotMet, "1.2 UPD-02 (A): Antwort „nicht erfüllt“ – ein Ausschlusskriterium muss erfüllt sein")]
    [InlineData(null, "1.2 UPD-02 (A): keine Antwort – ein Ausschlusskriterium muss erfüllt sein")]
    public void Should_ExcludeOfferWithReason_When_KnockOutCriterionIsNotMet(Answer? answer, string reason)
    {
        var score = Score("UPD-02", answer);

        score.Exclusion.ShouldNotBeNull();
        score.Exclusion[Language.German].ShouldBe(reason);
    }

    [Theory]
    [InlineData(Answer.NotMet)]
    [InlineData(null)]
    public void Should_GiveNoPoints_When_TheBidderDoesNotClaimAQualitativeCriterion(Answer? answer)
    {
        var score = Score("CRY-01", answer);

        (score.Points, score.Source, score.Weighted).ShouldBe((0m, PointSource.Answer, 0m));
    }

    [Theory]
    [InlineData(Answer.Met)]
    [InlineData(Answer.PartiallyMet)]
    public void Should_LeaveTheRatingOpen_When_TheBidderClaimsAQualitativeCriterion(Answer answer)
    {
        // The bidder's "erfüllt" is a claim: only the evaluator gives points, on the published scale.
        var score = Score("CRY-01", answer);

        (score.Points, score.Source, score.Weighted).ShouldBe((null, PointSource.Pending, 0m));
    }

    [Theory]
    [InlineData(Answer.PartiallyMet)]
    [InlineData(Answer.Met)]
    public void Should_TakeEvaluatorPoints_When_EvaluatorScoredTheCriterion(Answer answer)
    {
        var score = Score("CRY-01", answer, evaluator: 6);

        (score.Points, score.Source, score.Weighted, score.Reason).ShouldBe((6m, PointSource.Evaluator, 12m, "Begründung"));
    }

    [Theory]
    [InlineData(7, 0)] // the required value earns nothing extra
    [InlineData(9, 4)] // 10 · (9 − 7) / (12 − 7)
    [InlineData(9.5, 5)]
    [InlineData(12, 10)]
    [InlineData(15, 10)] // clamped at full points
    [InlineData(6, 0)] // below the requirement: not met
    public void Should_ScoreLinearly_When_QuantitativeValueIsStated(decimal value, decimal points)
    {
        var score = Score("UPD-01", Answer.Met, value);

        (score.Points, score.Source, score.Weighted).ShouldBe((points, PointSource.Formula, points * 3));
    }

    [Fact]
    public void Should_LeavePointsPending_When_QuantitativeCriterionIsMetWithoutValue()
    {
        Score("UPD-01", Answer.Met).Source.ShouldBe(PointSource.Pending);
        Score("UPD-01", Answer.NotMet).Points.ShouldBe(0m);
    }

    [Theory]
    [InlineData(72, 0)] // the required deadline earns nothing extra
    [InlineData(48, 5)] // 10 · (72 − 48) / (72 − 24)
    [InlineData(24, 10)]
    [InlineData(4, 10)] // clamped at full points
    [InlineData(96, 0)] // slower than required: not met
    public void Should_ScoreLowerValuesHigher_When_LowerIsBetter(decimal value, decimal points)
    {
        var function = new QuantitativeScore(72m, 24m, LowerIsBetter: true);

        (function.Points(value, 10), function.IsMet(value)).ShouldBe((points, value <= 72));
    }

    [Fact]
    public void Should_GiveFullPoints_When_TenderDemandsTheFullPointsValueItself()
    {
        var function = new QuantitativeScore(12m, 12m);

        (function.Points(12m, 10), function.Points(11m, 10), function.IsMet(11m)).ShouldBe((10m, 0m, false));
    }
}
