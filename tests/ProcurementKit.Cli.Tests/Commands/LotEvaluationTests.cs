using System.Text.Json;
using ProcurementKit.Rendering.Excel;
using ProcurementKit.Rendering.Excel.Matrix;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Commands;

/// <summary>
/// The street-lighting tender (Los 1 controllers, Los 2 light-management system) evaluated with three forms: one for
/// Los 1 only, one for Los 2 only, one for both. Each lot is ranked on its own requirements and price.
/// </summary>
public sealed class LotEvaluationTests
{
    private static readonly Lazy<LotScenario> s_scenario = new(LotScenario.Run);

    [Fact]
    public void Should_RankEachLotOnItsOwn_When_BiddersOfferForSomeLots()
    {
        using var json = s_scenario.Value.Json();

        var lots = json.RootElement.GetProperty("lots").EnumerateArray().ToList();
        lots.Select(l => l.GetProperty("id").GetString()).ShouldBe(["1", "2"]);
        Offers(lots[0]).ShouldBe(["Nur Los 1 GmbH", "Beide Lose AG"], ignoreOrder: true);
        Offers(lots[1]).ShouldBe(["Nur Los 2 KG", "Beide Lose AG"], ignoreOrder: true);
        lots.SelectMany(l => l.GetProperty("offers").EnumerateArray()).ShouldAllBe(o => o.GetProperty("admissible").GetBoolean());
        var both = lots[1].GetProperty("offers").EnumerateArray().Single(o => o.GetProperty("bidder").GetString() == "Beide Lose AG");
        (both.GetProperty("lot").GetString(), both.GetProperty("P").GetDecimal()).ShouldBe(("2", 310_000m));
        lots[1].GetProperty("offers").EnumerateArray().Single(o => o.GetProperty("rank").GetInt32() == 1).GetProperty("bidder").GetString().ShouldBe("Nur Los 2 KG");
    }

    [Fact]
    public void Should_GiveNoQualitativePoint_When_NoEvaluatorScoredTheClaims()
    {
        using var json = s_scenario.Value.Json();

        json.RootElement.GetProperty("provisional").GetBoolean().ShouldBeTrue();
        json.RootElement.GetProperty("lots").EnumerateArray().SelectMany(l => l.GetProperty("offers").EnumerateArray())
            .SelectMany(o => o.GetProperty("criteria").EnumerateArray())
            .Where(c => c.GetProperty("kind").GetString() == "B" && c.GetProperty("source").GetString() is not "formula")
            .ShouldAllBe(c => c.GetProperty("points").ValueKind == JsonValueKind.Null || c.GetProperty("points").GetDecimal() == 0m);
    }

    [Fact]
    public void Should_WriteAMatrixAndRankingPerLotAndAReportSectionPerLot_When_TheTenderHasLots()
    {
        using var workbook = XlsxFile.Open(Path.Combine(s_scenario.Value.Out, "evaluation.xlsx"));
        using var report = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(Path.Combine(s_scenario.Value.Out, "evaluation-report.docx"), false);

        workbook.SheetNames.ShouldBe(["Bewertung Los 1", "Rangfolge Los 1", "Bewertung Los 2", "Rangfolge Los 2", "Antworten", "Hinweise", "ProcurementKit"]);
        workbook.ValidationErrors().ShouldBeEmpty();
        workbook.Text("Rangfolge Los 2", "A5").ShouldNotBeNull();
        var headings = WordFiles.Headings(report).Select(h => h.Text).ToList();
        headings.ShouldContain(h => h.StartsWith("Los 1: ", StringComparison.Ordinal));
        headings.ShouldContain(h => h.StartsWith("Los 2: ", StringComparison.Ordinal));
        s_scenario.Value.Output.ShouldContain("Los 2: ");
    }

    [SkippableFact]
    public void Should_StoreTheFiguresLibreOfficeComputes_When_TheEvaluationWorkbookIsWritten()
    {
        LibreOffice.SkipUnlessAvailable();
        var written = Path.Combine(s_scenario.Value.Out, "evaluation.xlsx");
        using var stored = XlsxFile.Open(written);
        using var recalculated = XlsxFile.Open(LibreOffice.Convert(written, "xlsx"));

        foreach (var sheet in new[] { "Rangfolge Los 1", "Rangfolge Los 2" })
        {
            for (var row = RankingSheet.FirstRow; row < RankingSheet.FirstRow + 2; row++)
            {
                foreach (var column in "ABCDEGHI")
                {
                    var cell = $"{column}{row}";
                    if (stored.Number(sheet, cell) is { } number)
                    {
                        recalculated.Number(sheet, cell)!.Value.ShouldBe(number, 1e-9, $"{sheet}!{cell}");
                    }
                    else
                    {
                        recalculated.Text(sheet, cell).ShouldBe(stored.Text(sheet, cell), $"{sheet}!{cell}");
                    }
                }
            }
        }
    }

    private static IEnumerable<string?> Offers(JsonElement lot) => lot.GetProperty("offers").EnumerateArray().Select(o => o.GetProperty("bidder").GetString());

    /// <summary>Composes street-lighting, fills the three forms and evaluates them once for all tests.</summary>
    private sealed class LotScenario
    {
        public required string Out { get; init; }

        public required string Output { get; init; }

        public JsonDocument Json() => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out, "evaluation.json")));

        public static LotScenario Run()
        {
            var scenario = new EvaluationScenario("street-lighting.json");
            var lots = scenario.Lots();
            void Return(string file, string bidder, params (string Lot, decimal Price)[] offers)
            {
                var filler = new FormFiller().SharedText("Angebot", "B9", bidder).SharedText("Angebot", "B10", "Erika Muster");
                var index = 0;
                foreach (var lot in new[] { "1", "2" })
                {
                    var offer = offers.FirstOrDefault(o => o.Lot == lot);
                    filler.SharedText("Angebot", $"B{13 + (2 * index)}", offer.Lot is null ? "nein" : "ja");
                    if (offer.Lot is not null)
                    {
                        filler.Number("Angebot", $"B{14 + (2 * index)}", offer.Price);
                    }

                    index++;
                }

                foreach (var requirement in scenario.Requirements.Where(r => lots[r.Id].Any(l => offers.Any(o => o.Lot == l))))
                {
                    filler.SharedText("Anforderungen", $"G{requirement.Row}", "erfüllt");
                    if (requirement.IsQuantitative)
                    {
                        filler.Number("Anforderungen", $"H{requirement.Row}", requirement.Required!.Value);
                    }
                }

                File.WriteAllBytes(Path.Combine(scenario.Responses, file), filler.Apply(scenario.Form));
            }

            Return("los1.xlsx", "Nur Los 1 GmbH", ("1", 900_000m));
            Return("los2.xlsx", "Nur Los 2 KG", ("2", 280_000m));
            Return("beide.xlsx", "Beide Lose AG", ("1", 950_000m), ("2", 310_000m));
            var run = scenario.Evaluate();
            run.ExitCode.ShouldBe(0, run.Error);
            return new LotScenario { Out = scenario.Out, Output = run.Out };
        }
    }
}
