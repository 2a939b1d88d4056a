using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;

namespace ProcurementKit.Tests.Evaluation;

public sealed class CriterionScorerTests
{
    private static CriterionScore Score(string id, Answer? answer, decimal? value = null, decimal? evaluator = null) =>
        CriterionScorer.Score(EvaluationFixture.Requirement(id), EvaluationFixture.Reply(id, answer, value), evaluator, 10);

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
    [InlineData(Answer.Met, 10)]
    [InlineData(Answer.NotMet, 0)]
    [InlineData(null, 0)]
    public void Should_GiveAutomaticPoints_When_ScoredCriterionIsAnswered(Answer? answer, int points)
    {
        var score = Score("CRY-01", answer);

        (score.Points, score.Source, score.Weighted).ShouldBe((points, PointSource.Auto, points * 2m));
    }

    [Fact]
    public void Should_LeavePointsPending_When_ScoredCriterionIsPartiallyMet()
    {
        var score = Score("CRY-01", Answer.PartiallyMet);

        (score.Points, score.Source, score.Weighted).ShouldBe((null, PointSource.Pending, 0m));
    }

    [Theory]
    [InlineData(Answer.PartiallyMet)]
    [InlineData(Answer.Met)]
    public void Should_TakeEvaluatorPoints_When_EvaluatorScoredTheCriterion(Answer answer)
    {
        var score = Score("CRY-01", answer, evaluator: 6);

        (score.Points, score.Source, score.Weighted).ShouldBe((6m, PointSource.Evaluator, 12m));
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

        (score.Points, score.Source, score.Weighted).ShouldBe((points, PointSource.Auto, points * 3));
    }

    [Fact]
    public void Should_LeavePointsPending_When_QuantitativeCriterionIsMetWithoutValue()
    {
        Score("UPD-01", Answer.Met).Source.ShouldBe(PointSource.Pending);
        Score("UPD-01", Answer.NotMet).Points.ShouldBe(0m);
    }

    [Fact]
    public void Should_GiveFullPoints_When_TenderDemandsTheFullPointsValueItself()
    {
        var function = new QuantitativeScore(12m, 12m);

        (function.Points(12m, 10), function.Points(11m, 10), function.IsMet(11m)).ShouldBe((10m, 0m, false));
    }
}
