using ProcurementKit.Evaluation;
using ProcurementKit.Selection;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Evaluation;

/// <summary>A two-lot tender: lot 1 sensors, lot 2 gateways; UPD-01 (A) only lot 1, NET-01 (A) only lot 2, CRY-01 (B, weight 2) both.</summary>
internal static class LotFixture
{
    public static TenderSelection Selection(string method = "simple-reference-value")
    {
        var catalog = TestCatalog.Load(
            TestCatalog.Clause("UPD-01", "categories: [iot-sensor]", "obligation: { normal: { kind: A }, high: { kind: A }, very-high: { kind: A } }"),
            TestCatalog.Clause("NET-01", "categories: [lorawan-gateway]", "obligation: { normal: { kind: A }, high: { kind: A }, very-high: { kind: A } }"),
            TestCatalog.Clause("CRY-01", "categories: [iot-sensor, lorawan-gateway]", "obligation: { normal: { kind: B, weight: 2 }, high: { kind: A }, very-high: { kind: A } }"));
        var tender = TestTender.Parse(
            TestTender.Json(
                lots: """[{ "id": "1", "title": "Sensoren", "categories": ["iot-sensor"] }, { "id": "2", "title": "Gateways", "categories": ["lorawan-gateway"] }]""",
                extra: $$""", "evaluation": { "method": "{{method}}" }"""),
            catalog);
        var result = SelectionEngine.Select(catalog, tender);
        result.Errors.ShouldBeEmpty();
        return result.Selection!;
    }

    public static BidderResponse Offer(string bidder, (string Lot, decimal Price)[] lots, params (string Id, Answer Answer)[] answers) =>
        new(bidder, $"{bidder}.xlsx", [.. lots.Select(l => new LotOffer(l.Lot, l.Price))], [.. answers.Select(a => EvaluationFixture.Reply(a.Id, a.Answer))]);
}
