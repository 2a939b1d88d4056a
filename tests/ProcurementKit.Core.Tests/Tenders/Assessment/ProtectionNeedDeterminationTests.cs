using CsCheck;
using ProcurementKit.Catalog;
using ProcurementKit.Tenders.Assessment;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Tenders.Assessment;

/// <summary>The determination of BSI 200-2: the highest rating sets the level, an adjustment with a reason moves it.</summary>
public sealed class ProtectionNeedDeterminationTests
{
    public static TheoryData<DamageScenario, ProtectionGoal, Level> EveryCellAndRaisedLevel()
    {
        var data = new TheoryData<DamageScenario, ProtectionGoal, Level>();
        foreach (var cell in ScenarioGoal.All)
        {
            data.Add(cell.Scenario, cell.Goal, Level.High);
            data.Add(cell.Scenario, cell.Goal, Level.VeryHigh);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCellAndRaisedLevel))]
    public void Should_SetTheGoalsLevel_When_OneScenarioIsRatedHigherForIt(DamageScenario scenario, ProtectionGoal goal, Level level)
    {
        var assessment = TestAssessment.AllNormal().With(scenario, goal, level, "Begründung des Falls");

        var needs = ProtectionNeedDetermination.Determine(assessment, Language.German);

        needs[goal].Level.ShouldBe(level);
        needs[goal].Reason.ShouldContain($"„{scenario.Display(Language.German)}“ – Begründung des Falls");
        ProtectionGoals.All.Where(g => g != goal).ShouldAllBe(g => needs[g].Level == Level.Normal);
        ProtectionNeedDetermination.Check(assessment, "tender.json").ShouldBeEmpty();
    }

    [Fact]
    public void Should_TakeTheHighestRating_When_ScenariosDisagree()
    {
        var assessment = TestAssessment.AllNormal()
            .With(DamageScenario.TaskPerformance, ProtectionGoal.Availability, Level.High, "Ausfall über 24 Stunden nicht hinnehmbar.")
            .With(DamageScenario.PersonalIntegrity, ProtectionGoal.Availability, Level.VeryHigh, "Ohne Warnung Gefahr für Leib und Leben.")
            .With(DamageScenario.FinancialConsequences, ProtectionGoal.Availability, Level.VeryHigh, "Schäden an Gebäuden in Millionenhöhe.");

        var goal = ProtectionNeedDetermination.DetermineGoal(assessment, ProtectionGoal.Availability);
        var need = ProtectionNeedDetermination.Determine(assessment, Language.German)[ProtectionGoal.Availability];

        goal.Maximum.ShouldBe(Level.VeryHigh);
        goal.Drivers.ShouldBe([DamageScenario.PersonalIntegrity, DamageScenario.FinancialConsequences]);
        need.Reason.ShouldBe(
            "Maximumprinzip: sehr hoch nach den Schadensszenarien „Beeinträchtigung der persönlichen Unversehrtheit“ – Ohne Warnung Gefahr für Leib und Leben; "
            + "„Finanzielle Auswirkungen“ – Schäden an Gebäuden in Millionenhöhe.");
    }

    [Fact]
    public void Should_SayNothingExceedsLimitedDamage_When_EveryRatingIsNormal()
    {
        var needs = ProtectionNeedDetermination.Determine(TestAssessment.AllNormal(), Language.English);

        needs.Values.ShouldAllBe(n => n.Level == Level.Normal);
        needs[ProtectionGoal.Confidentiality].Reason.ShouldBe(
            "Maximum principle: normal; none of the six damage scenarios leads to more than limited and manageable damage.");
    }

    [Fact]
    public void Should_RaiseTheLevelAndGiveTheReason_When_ACumulationEffectIsRecorded()
    {
        var assessment = TestAssessment.AllNormal()
            .With(DamageScenario.TaskPerformance, ProtectionGoal.Integrity, Level.High, "Falsche Zählerstände führen zu falschen Abrechnungen.")
            .WithAdjustment(ProtectionGoal.Integrity, new NeedAdjustment(AdjustmentEffect.Cumulation, Level.VeryHigh, "Alle 12.000 Zähler der Stadt hängen an derselben Plattform."));

        var need = ProtectionNeedDetermination.Determine(assessment, Language.English)[ProtectionGoal.Integrity];

        need.Level.ShouldBe(Level.VeryHigh);
        need.Reason.ShouldEndWith("Cumulation effect: raised to very high – Alle 12.000 Zähler der Stadt hängen an derselben Plattform.");
        need.Reason.ShouldStartWith("Maximum principle: high from the damage scenario “Impairment of the performance of tasks”");
        ProtectionNeedDetermination.Check(assessment, "tender.json").ShouldBeEmpty();
    }

    [Fact]
    public void Should_LowerTheLevelAndGiveTheReason_When_ADistributionEffectIsRecorded()
    {
        var assessment = TestAssessment.AllNormal()
            .With(DamageScenario.TaskPerformance, ProtectionGoal.Availability, Level.High, "Ein Ausfall stört die Parkraumbewirtschaftung.")
            .WithAdjustment(ProtectionGoal.Availability, new NeedAdjustment(AdjustmentEffect.Distribution, Level.Normal, "Jede Parkfläche hat einen eigenen Sensor; ein Ausfall betrifft nur einen Platz."));

        var need = ProtectionNeedDetermination.Determine(assessment, Language.German)[ProtectionGoal.Availability];

        need.Level.ShouldBe(Level.Normal);
        need.Reason.ShouldEndWith("Verteilungseffekt: abgesenkt auf normal – Jede Parkfläche hat einen eigenen Sensor; ein Ausfall betrifft nur einen Platz.");
        ProtectionNeedDetermination.Check(assessment, "tender.json").ShouldBeEmpty();
    }

    [Fact]
    public void Should_NeedNoReason_When_ARatingIsNormal()
    {
        ProtectionNeedDetermination.Check(TestAssessment.AllNormal(), "tender.json").ShouldBeEmpty();
    }

    [Fact]
    public void Should_AskForAReason_When_ARatingAboveNormalHasNone()
    {
        var assessment = TestAssessment.AllNormal().With(DamageScenario.PersonalIntegrity, ProtectionGoal.Integrity, Level.High, "  ");

        var problem = ProtectionNeedDetermination.Check(assessment, "tender.json").ShouldHaveSingleItem();

        (problem.Code, problem.Position.Key).ShouldBe(("PK0320", "assessment:ratings:personal-integrity:integrity:reason"));
        problem.Message.ShouldContain("a rating of high needs a reason");
    }

    [Fact]
    public void Should_AskForAReason_When_AnAdjustmentHasNone()
    {
        var assessment = TestAssessment.AllNormal()
            .WithAdjustment(ProtectionGoal.Confidentiality, new NeedAdjustment(AdjustmentEffect.Cumulation, Level.High, string.Empty));

        var problem = ProtectionNeedDetermination.Check(assessment, "tender.json").ShouldHaveSingleItem();

        (problem.Code, problem.Position.Key).ShouldBe(("PK0321", "assessment:adjustments:confidentiality:reason"));
    }

    [Theory]
    [InlineData(AdjustmentEffect.Cumulation, Level.High, Level.High, "can only raise the level, but the ratings already give high and the adjustment says high", "give a level above high")]
    [InlineData(AdjustmentEffect.Cumulation, Level.VeryHigh, Level.VeryHigh, "can only raise", "very-high is the highest category")]
    [InlineData(AdjustmentEffect.Cumulation, Level.High, Level.Normal, "can only raise", "give a level above high")]
    [InlineData(AdjustmentEffect.Distribution, Level.Normal, Level.Normal, "can only lower", "normal is the lowest category")]
    [InlineData(AdjustmentEffect.Distribution, Level.High, Level.VeryHigh, "can only lower the level, but the ratings give high and the adjustment says very-high", "give a level below high")]
    public void Should_RejectTheAdjustment_When_ItGoesTheWrongWay(AdjustmentEffect effect, Level rated, Level adjusted, string message, string fix)
    {
        var assessment = TestAssessment.AllNormal()
            .With(DamageScenario.FinancialConsequences, ProtectionGoal.Availability, rated, "Kosten")
            .WithAdjustment(ProtectionGoal.Availability, new NeedAdjustment(effect, adjusted, "weil"));

        var problem = ProtectionNeedDetermination.Check(assessment, "tender.json").ShouldHaveSingleItem();

        (problem.Code, problem.Position.Key).ShouldBe(("PK0322", "assessment:adjustments:availability:level"));
        problem.Message.ShouldContain(message);
        problem.Fix.ShouldNotBeNull().ShouldContain(fix);
    }

    [Fact]
    public void Should_RejectTheLevel_When_AHostPassesOneOutsideTheCategories()
    {
        var assessment = TestAssessment.AllNormal().With(DamageScenario.LawsAndContracts, ProtectionGoal.Confidentiality, (Level)3, "zu hoch");

        var problem = ProtectionNeedDetermination.Check(assessment, "tender.json").ShouldHaveSingleItem();

        (problem.Code, problem.Position.Key).ShouldBe(("PK0323", "assessment:ratings:laws-and-contracts:confidentiality:level"));
    }

    [Fact]
    public void Should_NameEveryUnratedCell_When_TheQuestionnaireIsIncomplete()
    {
        var assessment = ProtectionNeedAssessment.Empty.With(DamageScenario.LawsAndContracts, ProtectionGoal.Confidentiality, Level.Normal, string.Empty);

        var problems = ProtectionNeedDetermination.Check(assessment, "tender.json");

        problems.Count.ShouldBe(17);
        problems.ShouldAllBe(p => p.Code == "PK0324");
        problems[0].Position.Key.ShouldBe("assessment:ratings:laws-and-contracts:integrity");
        problems[0].Message.ShouldBe("the damage scenario 'laws-and-contracts' is not rated for integrity; an assessment judges every scenario for every goal");
    }

    [Fact]
    public void Should_NeverFallBelowTheHighestRatingWithoutADistributionEffect_When_RatingsAreArbitrary()
    {
        var levels = Gen.Int[0, 2].Array[ScenarioGoal.All.Count];
        levels.Sample(values =>
        {
            var assessment = ScenarioGoal.All.Select((cell, i) => (cell, level: (Level)values[i]))
                .Aggregate(ProtectionNeedAssessment.Empty, (a, r) => a.With(r.cell.Scenario, r.cell.Goal, r.level, "Grund"));
            var needs = ProtectionNeedDetermination.Determine(assessment, Language.German);
            foreach (var goal in ProtectionGoals.All)
            {
                var highest = ScenarioGoal.All.Select((cell, i) => (cell, i)).Where(c => c.cell.Goal == goal).Max(c => (Level)values[c.i]);
                needs[goal].Level.ShouldBe(highest);
            }
        });
    }
}
