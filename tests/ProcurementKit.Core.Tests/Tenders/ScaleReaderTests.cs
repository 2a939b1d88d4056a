using ProcurementKit.Catalog;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Tenders;

/// <summary><c>evaluation.scale</c>: a tender's own qualitative scale, whose highest step is the full score maxPoints.</summary>
public sealed class ScaleReaderTests
{
    private static readonly RequirementsCatalog s_catalog = TestCatalog.Load(TestCatalog.Clause("UPD-01"));

    private static string Json(string evaluation) => TestTender.Json(extra: $", \"evaluation\": {evaluation}");

    [Fact]
    public void Should_read_the_tenders_own_scale_When_it_ends_at_maxPoints()
    {
        var tender = TestTender.Parse(Json("""
            { "maxPoints": 4, "scale": [
              { "points": 0, "de": "nicht erfüllt", "en": "not met" },
              { "points": 4, "de": "erfüllt", "en": "met" } ] }
            """), s_catalog);

        tender.Evaluation.Scale!.Steps.Select(s => s.Points).ShouldBe([0m, 4m]);
        tender.Evaluation.Scale.Steps[1].Meaning.De.ShouldBe("erfüllt");
    }

    [Fact]
    public void Should_name_scale_and_fix_When_the_highest_step_is_not_maxPoints()
    {
        var errors = TestTender.Read(Json("""{ "scale": [{ "points": 0, "de": "a", "en": "b" }, { "points": 5, "de": "c", "en": "d" }] }"""), s_catalog).Errors;

        errors.Single().ToString().ShouldBe(
            "tender.json: error PK0312: 'evaluation:scale': the highest step of the scale is 5 points, but maxPoints is 10; make the highest step 10 points, or set maxPoints to 5");
    }

    [Fact]
    public void Should_name_maxPoints_When_it_differs_from_the_catalog_scale_and_the_tender_has_none()
    {
        var errors = TestTender.Read(Json("""{ "maxPoints": 5 }"""), s_catalog).Errors;

        errors.Single().ToString().ShouldStartWith("tender.json: error PK0312: 'evaluation:maxPoints': maxPoints is 5, but the catalog's scale goes up to 10 points");
    }

    [Theory]
    [InlineData("""[{ "points": "viel", "de": "a", "en": "b" }, { "points": 0, "de": "a", "en": "b" }, { "points": 10, "de": "a", "en": "b" }]""", "PK0306", "evaluation:scale:0:points")]
    [InlineData("""[{ "points": 0, "de": "a", "en": "b" }, { "points": 10, "de": "a" }]""", "PK0303", "evaluation:scale:1:en")]
    [InlineData("""[{ "points": 0, "de": "a", "en": "b" }, { "points": 0, "de": "a", "en": "b" }, { "points": 10, "de": "a", "en": "b" }]""", "PK0309", "evaluation:scale:1:points")]
    [InlineData("""[{ "points": 5, "de": "a", "en": "b" }, { "points": 10, "de": "a", "en": "b" }]""", "PK0303", "evaluation:scale")]
    [InlineData("""[{ "points": 0, "de": "a", "en": "b", "note": "x" }, { "points": 10, "de": "a", "en": "b" }]""", "PK0302", "evaluation:scale:0:note")]
    public void Should_give_the_code_and_key_When_a_step_is_malformed(string scale, string code, string key)
    {
        var error = TestTender.Read(Json($$"""{ "scale": {{scale}} }"""), s_catalog).Errors.ShouldHaveSingleItem();

        error.Code.ShouldBe(code);
        error.Position.Key.ShouldBe(key);
    }
}
