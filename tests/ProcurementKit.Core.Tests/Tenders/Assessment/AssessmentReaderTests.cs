using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Tenders;
using ProcurementKit.Tenders.Assessment;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Tenders.Assessment;

/// <summary>The <c>assessment</c> section of tender.json: read onto the tender, every problem with its key path.</summary>
public sealed class AssessmentReaderTests
{
    private static readonly RequirementsCatalog s_catalog = TestCatalog.Load(TestCatalog.Clause("UPD-01"));

    private static readonly Dictionary<string, string> s_floodWarning = new()
    {
        ["personal-integrity:integrity"] = """{ "level": "high", "reason": "Verfälschte Pegel verhindern Warnungen." }""",
        ["task-performance:availability"] = """{ "level": "high", "reason": "Einsatzleitung ohne Messwerte." }""",
    };

    [Fact]
    public void Should_KeepTheAssessmentOnTheTender_When_ItAgreesWithTheProtectionNeeds()
    {
        var tender = TestTender.Parse(TestTender.Json(integrity: "high", availability: "high", extra: TestAssessment.Json(s_floodWarning)), s_catalog);

        var assessment = tender.Assessment.ShouldNotBeNull();
        assessment.Ratings.Count.ShouldBe(18);
        assessment.RatingOf(DamageScenario.PersonalIntegrity, ProtectionGoal.Integrity)
            .ShouldBe(new ScenarioRating(Level.High, "Verfälschte Pegel verhindern Warnungen."));
        tender.ProtectionNeeds[ProtectionGoal.Integrity].Reason.ShouldBe("Grund I");
    }

    [Fact]
    public void Should_DetermineTheProtectionNeeds_When_TheTenderHasOnlyAnAssessment()
    {
        var json = TestTender.Json(extra: TestAssessment.Json(s_floodWarning));
        json = json[..json.IndexOf("\"protectionNeeds\"", StringComparison.Ordinal)] + json[json.IndexOf("\"lots\"", StringComparison.Ordinal)..];

        var tender = TestTender.Parse(json, s_catalog);

        tender.ProtectionNeeds.Select(n => (n.Key, n.Value.Level))
            .ShouldBe([(ProtectionGoal.Confidentiality, Level.Normal), (ProtectionGoal.Integrity, Level.High), (ProtectionGoal.Availability, Level.High)]);
        tender.ProtectionNeeds[ProtectionGoal.Integrity].Reason.ShouldContain("Verfälschte Pegel verhindern Warnungen");
    }

    [Fact]
    public void Should_SayWhichGoalDiffersAndWhatTheAssessmentGives_When_TheLevelsDisagree()
    {
        var problem = TestTender.Read(TestTender.Json(integrity: "high", availability: "very-high", extra: TestAssessment.Json(s_floodWarning)), s_catalog)
            .Errors.ShouldHaveSingleItem();

        (problem.Code, problem.Position.Key).ShouldBe(("PK0325", "protectionNeeds:availability:level"));
        problem.ToString().ShouldBe(
            "tender.json: error PK0325: 'protectionNeeds:availability:level': availability is very-high, but the assessment gives high; "
            + "set it to high, change the assessment, or run procurementkit assess to write both");
    }

    [Theory]
    [InlineData("personal-integrity:integrity", """{ "level": "hoch", "reason": "x" }""", "PK0304", "assessment:ratings:personal-integrity:integrity:level")]
    [InlineData("personal-integrity:integrity", """{ "reason": "x" }""", "PK0303", "assessment:ratings:personal-integrity:integrity:level")]
    [InlineData("personal-integrity:integrity", """{ "level": "high", "reasons": "x" }""", "PK0302", "assessment:ratings:personal-integrity:integrity:reasons")]
    [InlineData("personal-integrity:integrity", """{ "level": "high" }""", "PK0320", "assessment:ratings:personal-integrity:integrity:reason")]
    public void Should_NameTheKey_When_ARatingIsWrong(string cell, string rating, string code, string key)
    {
        var cells = new Dictionary<string, string>(s_floodWarning) { [cell] = rating };

        var problem = TestTender.Read(TestTender.Json(integrity: "high", availability: "high", extra: TestAssessment.Json(cells)), s_catalog)
            .Errors.ShouldHaveSingleItem();

        (problem.Code, problem.Position.Key, problem.Severity).ShouldBe((code, key, Severity.Error));
    }

    [Theory]
    [InlineData("""{ "integrity": { "level": "high" } }""", "PK0303", "assessment:adjustments:integrity:effect")]
    [InlineData("""{ "integrity": { "effect": "kumulation", "level": "very-high", "reason": "x" } }""", "PK0304", "assessment:adjustments:integrity:effect")]
    [InlineData("""{ "integrty": { "effect": "cumulation", "level": "very-high", "reason": "x" } }""", "PK0302", "assessment:adjustments:integrty")]
    [InlineData("""{ "integrity": { "effect": "cumulation", "level": "very-high" } }""", "PK0321", "assessment:adjustments:integrity:reason")]
    [InlineData("""{ "integrity": { "effect": "distribution", "level": "very-high", "reason": "x" } }""", "PK0322", "assessment:adjustments:integrity:level")]
    public void Should_NameTheKey_When_AnAdjustmentIsWrong(string adjustments, string code, string key)
    {
        var json = TestTender.Json(integrity: "high", availability: "high", extra: TestAssessment.Json(s_floodWarning, adjustments));

        var problem = TestTender.Read(json, s_catalog).Errors.ShouldHaveSingleItem();

        (problem.Code, problem.Position.Key).ShouldBe((code, key));
    }

    [Fact]
    public void Should_SuggestTheScenario_When_ItsNameIsMisspelt()
    {
        var json = TestTender.Json(integrity: "high", availability: "high", extra: TestAssessment.Json(s_floodWarning))
            .Replace("\"financial-consequences\"", "\"financial-consequence\"", StringComparison.Ordinal);

        var problem = TestTender.Read(json, s_catalog).Errors.ShouldHaveSingleItem();

        (problem.Code, problem.Position.Key).ShouldBe(("PK0302", "assessment:ratings:financial-consequence"));
        problem.Message.ShouldContain("financial-consequences");
    }

    [Fact]
    public void Should_ListTheUnratedCells_When_AScenarioIsLeftOut()
    {
        var json = TestTender.Json(extra: """, "assessment": { "ratings": { "laws-and-contracts": { "confidentiality": { "level": "normal" } } } }""");

        var errors = TestTender.Read(json, s_catalog).Errors;

        errors.Count.ShouldBe(17);
        errors.ShouldAllBe(e => e.Code == "PK0324");
        errors.Select(e => e.Position.Key).ShouldContain("assessment:ratings:financial-consequences:availability");
    }

    [Fact]
    public void Should_ReadBackTheSameAssessment_When_TheWriterWritesIt()
    {
        var json = TestTender.Json(
            integrity: "very-high", availability: "high",
            extra: TestAssessment.Json(s_floodWarning, """{ "integrity": { "effect": "cumulation", "level": "very-high", "reason": "Alle Pegel hängen an einem Netz." } }"""));
        var tender = TestTender.Parse(json, s_catalog);

        var reread = TestTender.Parse(TenderJsonWriter.ToText(tender), s_catalog);

        var assessment = reread.Assessment.ShouldNotBeNull();
        assessment.Ratings.ShouldBe(tender.Assessment!.Ratings, ignoreOrder: true);
        assessment.AdjustmentOf(ProtectionGoal.Integrity)
            .ShouldBe(new NeedAdjustment(AdjustmentEffect.Cumulation, Level.VeryHigh, "Alle Pegel hängen an einem Netz."));
        TenderJsonWriter.ToText(reread).ShouldBe(TenderJsonWriter.ToText(tender));
    }
}
