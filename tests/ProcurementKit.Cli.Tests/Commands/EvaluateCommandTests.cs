using System.Text.Json;
using DocumentFormat.OpenXml.Spreadsheet;
using ProcurementKit.Rendering.Excel;
using ProcurementKit.Rendering.Excel.Matrix;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Commands;

/// <summary>
/// compose → bidders fill the form → evaluate → evaluator scores → evaluate --scores, through the CLI.
/// The expected figures come from <see cref="EvaluationScenario"/>'s formulas over selection.json.
/// </summary>
public sealed class EvaluateCommandTests
{
    private static decimal Rounded(decimal value) => Math.Round(value, 6);

    [Fact]
    public void Should_EvaluateEveryGoodFormAndRejectTheMalformedOne_When_FormsAreReturned()
    {
        var scenario = new EvaluationScenario();
        scenario.ReturnTheUsualFive();

        var run = scenario.Evaluate();

        run.ExitCode.ShouldBe(0, run.Error);
        using var json = scenario.Json();
        var root = json.RootElement;
        root.GetProperty("provisional").GetBoolean().ShouldBeTrue();
        root.GetProperty("method").GetProperty("name").GetString().ShouldBe("extended-reference-value");
        EvaluationScenario.Offers(json).Select(b => b.GetProperty("bidder").GetString())
            .ShouldBe(["Alpha Netzwerke GmbH", "Beta Funk AG", "Delta Sensorik eG", "Gamma IoT KG"], ignoreOrder: true);

        // Alpha's and Beta's claims of the qualitative criteria are open until the evaluator scores them: no points yet.
        var pending = scenario.QualitativeCount;
        var alpha = EvaluationScenario.Bidder(json, "Alpha Netzwerke GmbH");
        (alpha.GetProperty("L").GetDecimal(), alpha.GetProperty("pendingCriteria").GetInt32()).ShouldBe((Rounded(scenario.AlphaFormulaL), pending));
        alpha.GetProperty("Z").GetDecimal().ShouldBe(scenario.AlphaFormulaL / EvaluationScenario.AlphaPrice, 1e-11m);
        alpha.GetProperty("ZPer1000EUR").GetDecimal().ShouldBe(Rounded(scenario.AlphaFormulaL / EvaluationScenario.AlphaPrice * 1000));
        var claimed = alpha.GetProperty("criteria").EnumerateArray().First(c => c.GetProperty("answer").GetString() == "met" && c.GetProperty("kind").GetString() == "B"
            && scenario.Requirements.Single(r => r.Id == c.GetProperty("id").GetString()).IsQuantitative == false);
        (claimed.GetProperty("source").GetString(), claimed.GetProperty("points").ValueKind).ShouldBe(("pending", JsonValueKind.Null));

        var beta = EvaluationScenario.Bidder(json, "Beta Funk AG");
        (beta.GetProperty("L").GetDecimal(), beta.GetProperty("pendingCriteria").GetInt32()).ShouldBe((Rounded(scenario.BetaL), pending));
        var partial = beta.GetProperty("criteria").EnumerateArray().First(c => c.GetProperty("answer").GetString() == "partially-met");
        (partial.GetProperty("source").GetString(), partial.GetProperty("points").ValueKind).ShouldBe(("pending", JsonValueKind.Null));

        var delta = EvaluationScenario.Bidder(json, "Delta Sensorik eG");
        (delta.GetProperty("L").GetDecimal(), delta.GetProperty("rank").GetInt32()).ShouldBe((0m, 3));

        var gamma = EvaluationScenario.Bidder(json, "Gamma IoT KG");
        gamma.GetProperty("admissible").GetBoolean().ShouldBeFalse();
        gamma.GetProperty("rank").ValueKind.ShouldBe(JsonValueKind.Null);
        gamma.GetProperty("exclusionReasons").EnumerateArray().Single().GetString()
            .ShouldEndWith($"{scenario.Requirements.First(r => !r.IsScored).Id} (A): Antwort „nicht erfüllt“ – ein Ausschlusskriterium muss erfüllt sein");

        var rejected = root.GetProperty("rejectedFiles").EnumerateArray().Single();
        rejected.GetProperty("file").GetString().ShouldBe("kaputt.xlsx");
        rejected.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("cell").GetString(), p.GetProperty("code").GetString()))
            .ShouldBe([("Angebot!B13", "PK0621"), ($"Anforderungen!F{scenario.Requirements[2].Row}", "PK0633")]);
        run.Error.ShouldContain("kaputt.xlsx:Angebot!B13: error PK0621: the total net price 'viel Geld' is not a number above 0");
        run.Out.ShouldContain("Rang  Bieter");
        run.Out.ShouldContain($"VORLÄUFIG: {2 * pending} Bewertung(en) offen."); // Alpha's claims and Beta's
    }

    [Fact]
    public void Should_WriteAValidWorkbookThatKeepsBidderTextAsText_When_EvaluationIsWritten()
    {
        var scenario = new EvaluationScenario();
        scenario.ReturnTheUsualFive();
        scenario.Evaluate().ExitCode.ShouldBe(0);

        using var workbook = XlsxFile.Open(Path.Combine(scenario.Out, "evaluation.xlsx"));

        workbook.ValidationErrors().ShouldBeEmpty();
        workbook.SheetNames.ShouldBe(["Bewertung", "Rangfolge", "Antworten", "Hinweise", "ProcurementKit"]);
        var injected = workbook.Worksheet("Antworten").Descendants<Cell>().Single(c => c.InnerText.Contains("evil.example", StringComparison.Ordinal));
        injected.DataType!.Value.ShouldBe(CellValues.InlineString);
        injected.CellFormula.ShouldBeNull();
        injected.InlineString!.InnerText.ShouldBe("=HYPERLINK(\"http://evil.example\",\"Klick\")");
        workbook.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>())
            .ShouldAllBe(f => !f.Text.Contains("evil", StringComparison.Ordinal) && !f.Text.Contains("Alpha", StringComparison.Ordinal));
        Enumerable.Range(0, 4).Select(i => workbook.Text("Bewertung", CellRef.Of(MatrixLayout.BlockColumn(i), MatrixLayout.BidderRow)))
            .ShouldBe(["Alpha Netzwerke GmbH", "Beta Funk AG", "Delta Sensorik eG", "Gamma IoT KG"], ignoreOrder: true);
        workbook.Record()["workbook"].ShouldBe("evaluation");
    }

    [Fact]
    public void Should_WriteAValidProvisionalReport_When_PointsArePending()
    {
        var scenario = new EvaluationScenario();
        scenario.ReturnTheUsualFive();
        scenario.Evaluate().ExitCode.ShouldBe(0);

        using var report = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(Path.Combine(scenario.Out, "evaluation-report.docx"), false);

        new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(report).ShouldBeEmpty();
        report.MainDocumentPart!.HeaderParts.Single().Header!.InnerText.ShouldStartWith("VORLÄUFIG · ");
        var text = report.MainDocumentPart.Document!.Body!.InnerText;
        text.ShouldContain("Gamma IoT KG");
        text.ShouldContain("PK0621: the total net price 'viel Geld' is not a number above 0");
        text.ShouldNotContain("=HYPERLINK", customMessage: "explanations appear only for pending assessments");
    }

    [SkippableFact]
    public void Should_ComputeTheSameTotalsAsEvaluationJson_When_LibreOfficeRecalculatesEvaluationXlsx()
    {
        LibreOffice.SkipUnlessAvailable();

        var scenario = new EvaluationScenario();
        scenario.ReturnTheUsualFive();
        scenario.Evaluate().ExitCode.ShouldBe(0);

        var recalculated = LibreOffice.Convert(Path.Combine(scenario.Out, "evaluation.xlsx"), "xlsx");
        using var workbook = XlsxFile.Open(recalculated);
        using var json = scenario.Json();

        var bidders = EvaluationScenario.Offers(json);
        for (var i = 0; i < bidders.Count; i++)
        {
            var row = 5 + i;
            var bidder = bidders[i];
            var name = bidder.GetProperty("bidder").GetString();
            workbook.Text("Rangfolge", $"A{row}").ShouldBe(name);
            workbook.Number("Rangfolge", $"C{row}")!.Value.ShouldBe((double)bidder.GetProperty("L").GetDecimal(), 1e-6, $"L of {name}");
            workbook.Text("Rangfolge", $"B{row}").ShouldBe(bidder.GetProperty("admissible").GetBoolean() ? "ja" : "nein");
            if (bidder.GetProperty("rank").ValueKind == JsonValueKind.Number)
            {
                workbook.Number("Rangfolge", $"H{row}").ShouldBe(bidder.GetProperty("rank").GetInt32(), $"rank of {name}");
                workbook.Number("Rangfolge", $"E{row}")!.Value.ShouldBe((double)bidder.GetProperty("Z").GetDecimal() * 1000, 1e-9, $"Z of {name}");
                workbook.Text("Rangfolge", $"G{row}").ShouldBe(bidder.GetProperty("inCorridor").GetBoolean() ? "ja" : "nein");
            }
        }
    }

    [Fact]
    public void Should_TakeOverEvaluatorPointsAndDecideInTheCorridor_When_ScoresAreGiven()
    {
        var scenario = new EvaluationScenario();
        scenario.ReturnTheUsualFive();
        scenario.Evaluate().ExitCode.ShouldBe(0);
        var scores = Path.Combine(scenario.Root, "evaluation-scored.xlsx");
        File.WriteAllBytes(scores, GivePoints(scenario, File.ReadAllBytes(Path.Combine(scenario.Out, "evaluation.xlsx")), EvaluationScenario.BetaScore.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var run = scenario.Evaluate("--scores", scores, "--force");

        run.ExitCode.ShouldBe(0, run.Error);
        using var json = scenario.Json();
        json.RootElement.GetProperty("provisional").GetBoolean().ShouldBeFalse();

        // Beta's Z is now 3 % above Alpha's, the best Z; Alpha's lies 2.9 % below it, inside the 10 % corridor,
        // and Alpha has the higher L (every answer 10 points against Beta's 8): Alpha wins.
        scenario.AlphaL.ShouldBeGreaterThan(scenario.BetaScoredL);
        var beta = EvaluationScenario.Bidder(json, "Beta Funk AG");
        (beta.GetProperty("L").GetDecimal(), beta.GetProperty("pendingCriteria").GetInt32(), beta.GetProperty("rank").GetInt32()).ShouldBe((Rounded(scenario.BetaScoredL), 0, 2));
        beta.GetProperty("inCorridor").GetBoolean().ShouldBeTrue();
        beta.GetProperty("criteria").EnumerateArray().Where(c => c.GetProperty("answer").GetString() == "partially-met")
            .ShouldAllBe(c => c.GetProperty("source").GetString() == "evaluator" && c.GetProperty("points").GetDecimal() == EvaluationScenario.BetaScore);
        var alpha = EvaluationScenario.Bidder(json, "Alpha Netzwerke GmbH");
        (alpha.GetProperty("rank").GetInt32(), alpha.GetProperty("inCorridor").GetBoolean()).ShouldBe((1, true));
        json.RootElement.GetProperty("lots")[0].GetProperty("bestRatio").GetDecimal().ShouldBe(scenario.BetaScoredL / scenario.BetaPrice, 1e-14m);
        run.Out.ShouldContain("Alle Punkte sind vergeben");
    }

    [Fact]
    public void Should_FailWithoutWriting_When_ScoresFileHasPointsOutOfRange()
    {
        var scenario = new EvaluationScenario();
        scenario.ReturnTheUsualFive();
        scenario.Evaluate().ExitCode.ShouldBe(0);
        var before = File.ReadAllBytes(Path.Combine(scenario.Out, "evaluation.json"));
        var scores = Path.Combine(scenario.Root, "evaluation-bad.xlsx");
        File.WriteAllBytes(scores, GivePoints(scenario, File.ReadAllBytes(Path.Combine(scenario.Out, "evaluation.xlsx")), "11"));

        var run = scenario.Evaluate("--scores", scores, "--force");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("evaluation-bad.xlsx:Bewertung!");
        run.Error.ShouldContain("error PK0650: the evaluator's points '11' are not a number from 0 to 10");
        File.ReadAllBytes(Path.Combine(scenario.Out, "evaluation.json")).ShouldBe(before);
    }

    [Fact]
    public void Should_FailWithClearMessage_When_ResponsesFolderHasNoForms()
    {
        var scenario = new EvaluationScenario();

        var run = scenario.Evaluate();

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain($"{scenario.Responses}: error PK0600: no returned response forms (.xlsx) among the files given");
        Directory.Exists(scenario.Out).ShouldBeFalse();
    }

    /// <summary>
    /// Types the evaluator's points and reasons as an evaluator would in Excel: 10 for each of Alpha's claims of the
    /// qualitative criteria, <paramref name="betaPoints"/> for each of Beta's.
    /// </summary>
    private static byte[] GivePoints(EvaluationScenario scenario, byte[] evaluation, string betaPoints)
    {
        using var workbook = XlsxFile.Open(evaluation);
        var filler = new FormFiller();
        foreach (var (bidder, points) in new[] { ("Alpha Netzwerke GmbH", 10m), ("Beta Funk AG", decimal.Parse(betaPoints, System.Globalization.CultureInfo.InvariantCulture)) })
        {
            var block = Enumerable.Range(0, 10).Select(MatrixLayout.BlockColumn)
                .First(c => workbook.Text("Bewertung", CellRef.Of(c, MatrixLayout.BidderRow)) == bidder);
            foreach (var requirement in scenario.Requirements.Where(r => r.IsScored && !r.IsQuantitative))
            {
                var row = MatrixLayout.FirstCriterionRow + requirement.Row - 5;
                filler.Number("Bewertung", CellRef.Of(block + MatrixLayout.EvaluatorOffset, row), points)
                    .Text("Bewertung", CellRef.Of(block + MatrixLayout.ReasonOffset, row), $"{points} Punkte: laut Nachweis");
            }
        }

        return filler.Apply(evaluation);
    }
}
