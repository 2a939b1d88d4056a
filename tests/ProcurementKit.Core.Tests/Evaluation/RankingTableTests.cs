using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;

namespace ProcurementKit.Tests.Evaluation;

public sealed class RankingTableTests
{
    [Fact]
    public void Should_PrintRanksFiguresAndTheStatus_When_OffersAreEvaluated()
    {
        // Alpha: 10·3 (12 years) + 10·2 (evaluator) = 50, Z = 0.05 = 50 per 1,000 EUR; Beta: 0 + 10·2 = 20, Z = 0.04; Gamma misses UPD-02
        var selection = EvaluationFixture.Build();
        var result = OfferEvaluator.Evaluate(selection,
        [
            EvaluationFixture.Offer("Alpha", 1000m, EvaluationFixture.Reply("UPD-01", Answer.Met, 12), EvaluationFixture.Reply("UPD-02", Answer.Met), EvaluationFixture.Reply("CRY-01", Answer.Met)),
            EvaluationFixture.Offer("Beta", 500m, EvaluationFixture.Reply("UPD-02", Answer.Met), EvaluationFixture.Reply("CRY-01", Answer.Met)),
            EvaluationFixture.Offer("Gamma\u0007", 100m, EvaluationFixture.Reply("CRY-01", Answer.Met)),
        ], Scores("Alpha", "Beta", "Gamma\u0007"), []);

        var table = RankingTable.Render(result, Language.German);

        table.ShouldBe("""
            Rang  Bieter  Zulässig   L   P (EUR)  Z je 1.000 EUR  Im Bereich  Offen
            1     Alpha   ja        50  1.000,00          50,000  –           0    
            2     Beta    ja        20    500,00          40,000  –           0    
            –     Gamma   nein      20    100,00               –  –           0    
            Ausgeschlossen: Gamma  – 1.2 UPD-02 (A): keine Antwort – ein Ausschlusskriterium muss erfüllt sein

            Einfache Richtwertmethode (UfAB). Alle Punkte sind vergeben; die Rangfolge ist vollständig berechnet.

            """.ReplaceLineEndings("\n"));
    }

    private static EvaluatorScores Scores(params string[] bidders) => new(bidders.ToDictionary(
        b => ("1", b), _ => (IReadOnlyDictionary<string, EvaluatorEntry>)new Dictionary<string, EvaluatorEntry> { ["CRY-01"] = new(10m, "mehr als gefordert") }));
}
