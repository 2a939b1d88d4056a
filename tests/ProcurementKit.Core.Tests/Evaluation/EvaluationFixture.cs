using ProcurementKit.Evaluation;
using ProcurementKit.Selection;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Evaluation;

/// <summary>
/// A small tender for scoring tests: 1.1 UPD-01 (B, weight 3, quantitative: 7 years required, full points
/// at 12), 1.2 UPD-02 (A) and 2.1 CRY-01 (B, weight 2); 10 points at most.
/// </summary>
internal static class EvaluationFixture
{
    public static TenderSelection Build(string method = "simple-reference-value", string extra = "")
    {
        var catalog = TestCatalog.Load(
            TestCatalog.Clause("UPD-01", "scoring: { parameter: support-period-years, full-at: 12 }"),
            TestCatalog.Clause("UPD-02", "obligation: { normal: { kind: A }, high: { kind: A }, very-high: { kind: A } }"),
            TestCatalog.Clause("CRY-01", "obligation: { normal: { kind: B, weight: 2 }, high: { kind: A }, very-high: { kind: A } }"));
        var tender = TestTender.Parse(
            TestTender.Json(parameters: """{ "support-period-years": 7 }""", extra: $$""", "evaluation": { "method": "{{method}}", "maxPoints": 10{{extra}} }"""),
            catalog);
        var result = SelectionEngine.Select(catalog, tender);
        result.Errors.ShouldBeEmpty();
        return result.Selection!;
    }

    private static readonly Lazy<TenderSelection> s_default = new(() => Build());

    public static SelectedRequirement Requirement(string id) => s_default.Value.Find(id)!;

    public static BidderResponse Offer(string bidder, decimal price, params RequirementAnswer[] answers) =>
        new(bidder, $"{bidder}.xlsx", [new LotOffer("1", price)], answers);

    public static RequirementAnswer Reply(string id, Answer? answer, decimal? value = null) =>
        new(id, answer, value, string.Empty, string.Empty);
}
