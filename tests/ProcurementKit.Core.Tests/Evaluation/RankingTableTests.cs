using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;

namespace ProcurementKit.Tests.Evaluation;

public sealed class RankingTableTests
{
    [Fact]
    public void Should_PrintRanksFiguresAndTheStatus_When_OffersAreEvaluated()
    {
        // Alpha: 10·3 (12 years) + 10·2 = 50, Z = 0.05; Beta: 0 + 10·2 = 20, Z = 0.04; Gamma misses UPD-02
        var selection = EvaluationFixture.Build();
        var result = OfferEvaluator.Evaluate(selection,
        [
            EvaluationFixture.Offer("Alpha", 1000m, EvaluationFixture.Reply("UPD-01", Answer.Met, 12), EvaluationFixture.Reply("UPD-02", Answer.Met), EvaluationFixture.Reply("CRY-01", Answer.Met)),
            EvaluationFixture.Offer("Beta", 500m, EvaluationFixture.Reply("UPD-02", Answer.Met), EvaluationFixture.Reply("CRY-01", Answer.Met)),
            EvaluationFixture.Offer("Gamma\u0007", 100m, EvaluationFixture.Reply("CRY-01", Answer.Met)),
        ], EvaluatorScores.None, []);

        var table = RankingTable.Render(result, Language.German);

        table.ShouldBe("""
            Rang  Bieter  Zulässig   L   P (EUR)           Z  Korridor  Offen
            1     Alpha   ja        50  1.000,00  0,05000000  –         0    
            2     Beta    ja        20    500,00  0,04000000  –         0    
            –     Gamma   nein      20    100,00           –  –         0    

            Einfache Richtwertmethode (UfAB). Alle Punkte sind vergeben; die Rangfolge ist vollständig berechnet.
            Ausgeschlossen: Gamma  – 1.2 UPD-02 (A): keine Antwort – ein Ausschlusskriterium muss erfüllt sein

            """.ReplaceLineEndings("\n"));
    }
}
