using System.Text;
using ProcurementKit.Catalog;
using ProcurementKit.Tenders;

namespace ProcurementKit.Tests.Support;

/// <summary>Tender JSON for tests, read through the real reader.</summary>
internal static class TestTender
{
    public static string Json(
        string confidentiality = "normal", string integrity = "normal", string availability = "normal",
        string lots = """[{ "id": "1", "title": "Sensoren", "categories": ["iot-sensor"], "deployment": "on-premises" }]""",
        string context = "{}", string parameters = "{}", string include = "[]", string exclude = "[]", string extra = "") =>
        $$"""
        { "title": "Testausschreibung", "reference": "2026-T-1", "authority": "Stadt Test", "language": "de", "date": "2026-12-01",
          "protectionNeeds": {
            "confidentiality": { "level": "{{confidentiality}}", "reason": "Grund C" },
            "integrity": { "level": "{{integrity}}", "reason": "Grund I" },
            "availability": { "level": "{{availability}}", "reason": "Grund A" } },
          "lots": {{lots}},
          "context": {{context}}, "parameters": {{parameters}}, "include": {{include}}, "exclude": {{exclude}}{{extra}} }
        """;

    public static TenderReadResult Read(string json, RequirementsCatalog catalog) =>
        TenderReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "tender.json", catalog);

    public static Tender Parse(string json, RequirementsCatalog catalog)
    {
        var result = Read(json, catalog);
        result.Errors.ShouldBeEmpty();
        return result.Tender!;
    }
}
