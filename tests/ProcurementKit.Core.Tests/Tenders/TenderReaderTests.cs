using ProcurementKit.Catalog;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Tenders;

/// <summary>Bad tender files get one clear line per problem, naming the key and the valid values.</summary>
public sealed class TenderReaderTests
{
    private static readonly RequirementsCatalog s_catalog = TestCatalog.Load(TestCatalog.Clause("UPD-01"));

    private static IReadOnlyList<string> Errors(string json) =>
        [.. TestTender.Read(json, s_catalog).Errors.Select(e => e.ToString())];

    [Fact]
    public void Should_read_every_field_When_the_tender_is_valid()
    {
        var tender = TestTender.Parse(TestTender.Json(integrity: "high", context: """{ "personalData": true }""", parameters: """{ "support-period-years": 8 }"""), s_catalog);

        tender.Reference.ShouldBe("2026-T-1");
        tender.Language.ShouldBe(Language.German);
        tender.ProtectionNeeds[ProtectionGoal.Integrity].Level.ShouldBe(Level.High);
        tender.ProtectionNeeds[ProtectionGoal.Integrity].Reason.ShouldBe("Grund I");
        tender.Lots.Single().Categories.ShouldBe(["iot-sensor"]);
        tender.Context["personalData"].ShouldBeTrue();
        tender.Parameters["support-period-years"].ShouldBe("8");
        tender.Evaluation.Method.ShouldBe(ProcurementKit.Tenders.AwardMethod.SimpleReferenceValue);
    }

    [Fact]
    public void Should_name_the_key_and_suggest_When_a_category_is_misspelt()
    {
        var lots = """[{ "id": "1", "title": "x", "categories": ["iot-sensors"] }]""";

        Errors(TestTender.Json(lots: lots)).ShouldBe([
            "tender.json: error PK0304: 'lots:0:categories:0': 'iot-sensors' is not a product category of the catalog (did you mean 'iot-sensor'?); valid: iot-sensor, lorawan-gateway, cloud-service",
        ]);
    }

    [Fact]
    public void Should_list_valid_levels_When_a_level_is_unknown()
    {
        Errors(TestTender.Json(integrity: "hoch")).ShouldBe([
            "tender.json: error PK0304: 'protectionNeeds:integrity:level': 'hoch' is not a protection level (did you mean 'high'?); valid: normal, high, very-high",
        ]);
    }

    [Fact]
    public void Should_give_line_and_column_When_the_json_is_malformed()
    {
        var error = Errors("{ \"title\": \"x\",\n  \"lots\": [ }").Single();

        error.ShouldStartWith("tender.json:2:");
        error.ShouldContain(": error PK0301: not valid JSON: ");
    }

    [Theory]
    [InlineData("""{ "personalDat": true }""", "'context:personalDat': unknown context key (did you mean 'personalData'?)")]
    [InlineData("""{ "personalData": "ja" }""", "'context:personalData': 'ja' is not true or false")]
    public void Should_reject_context_problems_When_keys_or_values_are_wrong(string context, string expected)
    {
        Errors(TestTender.Json(context: context)).Single().ShouldContain(expected);
    }

    [Fact]
    public void Should_reject_unknown_parameters_and_clause_ids_with_suggestions()
    {
        var errors = Errors(TestTender.Json(parameters: """{ "support-period-year": 8 }""", include: """["UPD-1"]"""));

        errors.ShouldContain(e => e.StartsWith("tender.json: error PK0302: 'parameters:support-period-year': unknown parameter (did you mean 'support-period-years'?); valid: ", StringComparison.Ordinal));
        errors.ShouldContain("tender.json: error PK0310: 'include:0': clause 'UPD-1' is not in the catalog (did you mean 'UPD-01'?)");
    }

    [Fact]
    public void Should_require_the_three_goals_with_reasons_When_protection_needs_are_incomplete()
    {
        var json = TestTender.Json().Replace("\"reason\": \"Grund C\"", "\"reason\": \"\"", StringComparison.Ordinal)
            .Replace("\"availability\": { \"level\": \"normal\", \"reason\": \"Grund A\" }", "\"availabilty\": { \"level\": \"normal\" }", StringComparison.Ordinal);

        var errors = Errors(json);

        errors.ShouldContain(e => e.Contains("'protectionNeeds:confidentiality:reason': is missing", StringComparison.Ordinal));
        errors.ShouldContain(e => e.Contains("error PK0302: 'protectionNeeds:availabilty': unknown protection goal (did you mean 'availability'?)", StringComparison.Ordinal));
        errors.ShouldContain(e => e.Contains("'protectionNeeds:availability': is missing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "method": "lowest-price" }""", "'lowest-price' is not an award method")]
    [InlineData("""{ "method": "extended-reference-value" }""", "needs a fluctuation range above 0")]
    [InlineData("""{ "tieBreaker": "quality" }""", "'quality' is not a tie-breaker")]
    [InlineData("""{ "maxPoints": 0 }""", "must be a whole number of at least 1")]
    public void Should_reject_bad_evaluation_settings(string evaluation, string expected)
    {
        Errors(TestTender.Json(extra: $", \"evaluation\": {evaluation}")).Single().ShouldContain(expected);
    }

    [Fact]
    public void Should_reject_unknown_top_level_keys_When_a_key_is_misspelt()
    {
        Errors(TestTender.Json(extra: """, "protectionNeed": {}""")).Single()
            .ShouldStartWith("tender.json: error PK0302: 'protectionNeed': unknown key (did you mean 'protectionNeeds'?); valid: title, ");
    }

    [Fact]
    public void Should_require_lots_When_none_are_given()
    {
        Errors(TestTender.Json(lots: "[]")).Single().ShouldContain("error PK0303: 'lots': is missing; a tender needs at least one lot");
    }
}
