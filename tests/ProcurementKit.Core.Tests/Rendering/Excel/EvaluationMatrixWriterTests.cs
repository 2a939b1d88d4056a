using DocumentFormat.OpenXml.Spreadsheet;
using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Rendering.Excel;
using ProcurementKit.Rendering.Excel.Matrix;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Excel;

public sealed class EvaluationMatrixWriterTests
{
    private static byte[] Render(Language language = Language.German) =>
        ExampleSelection.Render(s => EvaluationMatrixWriter.Write(s, MatrixFixture.Selection.Value, language));

    [Fact]
    public void Should_PassTheOpenXmlValidator_When_MatrixIsWritten()
    {
        using var matrix = XlsxFile.Open(Render());

        matrix.ValidationErrors().ShouldBeEmpty();
        matrix.SheetNames.ShouldBe(["Bewertung", "Rangfolge", "ProcurementKit"]);
        matrix.Record()["workbook"].ShouldBe("evaluation-matrix");
    }

    [Fact]
    public void Should_ListCriteriaWithKindWeightAndScale_When_MatrixIsWritten()
    {
        using var matrix = XlsxFile.Open(Render());
        var selection = MatrixFixture.Selection.Value;
        var quantitative = selection.Requirements.Select((r, i) => (r, Row: MatrixLayout.FirstCriterionRow + i))
            .First(x => x.r.Id == "UPD-02" && !x.r.Obligation.IsKnockOut && x.r.Clause.Scoring is not null);

        matrix.Text("Bewertung", "B9").ShouldBe(selection.Requirements[0].Id);
        matrix.Text("Bewertung", $"D{quantitative.Row}").ShouldBe("B");
        matrix.Number("Bewertung", $"E{quantitative.Row}").ShouldBe(quantitative.r.Obligation.Weight);
        matrix.Text("Bewertung", $"F{quantitative.Row}").ShouldBe("0–10 linear");
        var function = QuantitativeScore.For(quantitative.r)!.Value;
        (matrix.Number("Bewertung", $"G{quantitative.Row}"), matrix.Number("Bewertung", $"H{quantitative.Row}")).ShouldBe(((double)function.Required, (double)function.FullAt));
        matrix.Text("Bewertung", "I6").ShouldBe("Angebot 1");
        matrix.Text("Bewertung", $"{CellRef.Column(MatrixLayout.BlockColumn(4))}6").ShouldBe("Angebot 5");
        matrix.Text("Bewertung", "A7").ShouldStartWith("Bieter");
    }

    [Fact]
    public void Should_StoreWhatTheFormulasShowBeforeAnythingIsEntered_When_TheBlankMatrixIsWritten()
    {
        using var matrix = XlsxFile.Open(Render());
        var criteria = MatrixFixture.Selection.Value.Requirements.Count;
        var total = MatrixLayout.SummaryRow(criteria, MatrixLayout.Summary.Performance);
        var knockOut = MatrixLayout.FirstCriterionRow + MatrixFixture.Selection.Value.Requirements.ToList().FindIndex(r => r.Obligation.IsKnockOut);

        matrix.Formula("Bewertung", $"I{total}").ShouldBe($"SUM($N$9:$N${8 + criteria})");
        matrix.Cell("Bewertung", $"I{total}")!.CellValue!.Text.ShouldBe("0");
        matrix.Cell("Bewertung", $"K{knockOut}")!.CellValue!.Text.ShouldBe("offen");
        matrix.Cell("Bewertung", $"I{MatrixLayout.SummaryRow(criteria, MatrixLayout.Summary.Admissible)}")!.CellValue!.Text.ShouldBe("offen");
        matrix.Formula("Rangfolge", "H5")!.ShouldStartWith("IF(B5=\"ja\",1+SUMPRODUCT(");
        matrix.WorkbookPart.Workbook.CalculationProperties!.FullCalculationOnLoad!.Value.ShouldBeTrue();
    }

    [Fact]
    public void Should_RepeatCriteriaAndHeadersOnEveryPrintedPage_When_TheMatrixIsWide()
    {
        using var matrix = XlsxFile.Open(Render());

        matrix.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>().Single().Text.ShouldBe("'Bewertung'!$A:$C,'Bewertung'!$6:$8");
        matrix.Worksheet("Bewertung").GetFirstChild<PageSetup>()!.FitToWidth!.Value.ShouldBe(2U); // five blocks, three per page
    }

    [SkippableFact]
    public void Should_ComputeTheSameTotalsAsProcurementKit_When_LibreOfficeRecalculatesAFilledMatrix()
    {
        LibreOffice.SkipUnlessAvailable();

        var responses = MatrixFixture.Responses();
        var scores = MatrixFixture.Scores();
        var filled = MatrixFixture.FillBlankMatrix(Render(), responses, scores, Language.German);
        var expected = OfferEvaluator.Evaluate(MatrixFixture.Selection.Value, responses, scores, []);

        using var recalculated = XlsxFile.Open(Recalculate(filled, "matrix"));

        RecalculatedFigures.ShouldMatch(recalculated, expected, responses.Select(r => r.Bidder).ToList(), Language.German);
    }

    [Fact]
    public void Should_UseEnglishSheetsAndAnswers_When_LanguageIsEnglish()
    {
        using var matrix = XlsxFile.Open(Render(Language.English));

        matrix.SheetNames.ShouldBe(["Evaluation", "Ranking", "ProcurementKit"]);
        matrix.Worksheet("Evaluation").Descendants<DataValidation>().Where(v => v.Type! == DataValidationValues.List).Select(v => v.Formula1!.Text)
            .ShouldContain("\"met,partially met,not met\"");
        matrix.ValidationErrors().ShouldBeEmpty();
    }

    [Fact]
    public void Should_WriteIdenticalBytes_When_RenderedTwice()
    {
        Render().ShouldBe(Render());
    }

    internal static byte[] Recalculate(byte[] workbook, string name)
    {
        var folder = Directory.CreateTempSubdirectory("pk-recalc-").FullName;
        var input = Path.Combine(folder, $"{name}.xlsx");
        File.WriteAllBytes(input, workbook);
        return File.ReadAllBytes(LibreOffice.Convert(input, "xlsx"));
    }
}
