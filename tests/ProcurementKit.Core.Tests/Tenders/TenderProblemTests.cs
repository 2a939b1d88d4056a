using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Selection;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Tenders;

/// <summary>Every problem a tender file can have carries its own code and the key it concerns, so a form can show it beside the field.</summary>
public sealed class TenderProblemTests
{
    private static readonly RequirementsCatalog s_catalog = TestCatalog.Load(
        TestCatalog.Clause("UPD-01"),
        TestCatalog.Clause("UPD-02", "status: draft"),
        TestCatalog.Clause("UPD-03", "status: retired"));

    [Theory]
    [InlineData("""{ "title": "x", "lots": [ }""", "PK0301", null)]
    [InlineData(null, "PK0302", "protectionNeed", """, "protectionNeed": {}""")]
    [InlineData(null, "PK0302", "context:personalData2", """, "context": { "personalData2": true }""")]
    [InlineData(null, "PK0303", "lots", null, "[]")]
    [InlineData(null, "PK0304", "language", """, "language": "fr" """)]
    [InlineData(null, "PK0304", "evaluation:method", """, "evaluation": { "method": "lowest-price" }""")]
    [InlineData(null, "PK0305", "allowDraft", """, "allowDraft": "yes" """)]
    [InlineData(null, "PK0306", "evaluation:maxPoints", """, "evaluation": { "maxPoints": "ten" }""")]
    [InlineData(null, "PK0307", "date", """, "date": "1.12.2026" """)]
    [InlineData(null, "PK0308", "evaluation:fluctuationPercent", """, "evaluation": { "fluctuationPercent": 120 }""")]
    [InlineData(null, "PK0309", "lots:1:id", null, """[{ "id": "1", "categories": ["iot-sensor"] }, { "id": "1", "categories": ["iot-sensor"] }]""")]
    [InlineData(null, "PK0310", "include:0", """, "include": ["UPD-99"]""")]
    [InlineData(null, "PK0312", "evaluation:fluctuationPercent", """, "evaluation": { "method": "extended-reference-value" }""")]
    public void Should_GiveTheCodeAndKey_When_TheTenderHasAProblem(string? json, string code, string? key, string? extra = null, string? lots = null)
    {
        var text = json ?? (lots is null ? TestTender.Json(extra: extra ?? string.Empty) : TestTender.Json(lots: lots));
        text = text.Replace("\"language\": \"de\", ", extra?.Contains("\"language\"", StringComparison.Ordinal) == true ? string.Empty : "\"language\": \"de\", ", StringComparison.Ordinal)
            .Replace("\"date\": \"2026-12-01\",", extra?.Contains("\"date\"", StringComparison.Ordinal) == true ? string.Empty : "\"date\": \"2026-12-01\",", StringComparison.Ordinal);

        var problem = TestTender.Read(text, s_catalog).Errors.ShouldHaveSingleItem();

        (problem.Code, problem.Position.Key).ShouldBe((code, key));
        problem.Severity.ShouldBe(Severity.Error);
    }

    [Theory]
    [InlineData("UPD-02", "is a draft")]
    [InlineData("UPD-03", "is retired")]
    public void Should_RefuseTheClause_When_AnIncludedClauseCannotBeUsed(string id, string why)
    {
        var tender = TestTender.Parse(TestTender.Json(include: $"[\"{id}\"]"), s_catalog);

        var problem = SelectionEngine.Select(s_catalog, tender, "tender.json").Errors.ShouldHaveSingleItem();

        (problem.Code, problem.Position.Key).ShouldBe(("PK0311", "include"));
        problem.Message.ShouldContain(why);
    }
}
