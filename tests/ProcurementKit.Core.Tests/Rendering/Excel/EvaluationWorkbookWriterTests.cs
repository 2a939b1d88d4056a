using ProcurementKit.Diagnostics;
using DocumentFormat.OpenXml.Spreadsheet;
using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Evaluation.Forms;
using ProcurementKit.Rendering.Excel;
using ProcurementKit.Rendering.Excel.EvaluationWorkbook;
using ProcurementKit.Rendering.Excel.Matrix;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Excel;

public sealed class EvaluationWorkbookWriterTests
{
    private static EvaluationResult Result(IReadOnlyList<BidderResponse>? responses = null, IReadOnlyList<RejectedForm>? rejected = null) =>
        OfferEvaluator.Evaluate(MatrixFixture.Selection.Value, responses ?? MatrixFixture.Responses(), MatrixFixture.Scores(), rejected ?? []);

    private static byte[] Render(EvaluationResult result, Language language = Language.German) =>
        ExampleSelection.Render(s => EvaluationWorkbookWriter.Write(s, result, language));

    [Fact]
    public void Should_PassTheOpenXmlValidator_When_WrittenInEitherLanguage()
    {
        using var german = XlsxFile.Open(Render(Result()));
        using var english = XlsxFile.Open(Render(Result(), Language.English));

        german.ValidationErrors().ShouldBeEmpty();
        english.ValidationErrors().ShouldBeEmpty();
        english.SheetNames.ShouldBe(["Evaluation", "Ranking", "Answers", "Notes", "ProcurementKit"]);
        english.Text("Notes", "A2")!.ShouldStartWith("PROVISIONAL: 2 assessment(s) pending.");
    }

    [Fact]
    public void Should_PrefillEvaluatorPointsAndKeepTheColumnOpen_When_PointsWereGiven()
    {
        using var workbook = XlsxFile.Open(Render(Result()));
        var beta = MatrixFixture.Scores().Entries[("1", "Beta AG")].First();
        var row = 9 + MatrixFixture.Selection.Value.Requirements.ToList().FindIndex(r => r.Id == beta.Key);

        // Blocks follow the ranking; the evaluator's points are the fourth column of a block, the reason the fifth.
        var block = Enumerable.Range(0, 4).Select(MatrixLayout.BlockColumn).Single(c => workbook.Text("Bewertung", CellRef.Of(c, MatrixLayout.BidderRow)) == "Beta AG");
        workbook.Number("Bewertung", CellRef.Of(block + MatrixLayout.EvaluatorOffset, row)).ShouldBe((double)beta.Value.Points!.Value);
        workbook.Text("Bewertung", CellRef.Of(block + MatrixLayout.ReasonOffset, row)).ShouldBe(beta.Value.Reason);
        ResponseFormWriterTests.IsUnlocked(workbook, "Bewertung", CellRef.Of(block + MatrixLayout.EvaluatorOffset, row)).ShouldBeTrue();
        ResponseFormWriterTests.IsUnlocked(workbook, "Bewertung", CellRef.Of(block + MatrixLayout.ReasonOffset, row)).ShouldBeTrue();
        ResponseFormWriterTests.IsUnlocked(workbook, "Bewertung", CellRef.Of(block, row)).ShouldBeFalse();
    }

    [Fact]
    public void Should_ListRejectedFilesByNameAndCell_When_FormsWereRejected()
    {
        var rejected = new RejectedForm("/in/kaputt.xlsx", [FormProblems.PriceInvalid("/in/kaputt.xlsx", "Angebot!B10", "viel")]);

        using var workbook = XlsxFile.Open(Render(Result(rejected: [rejected])));

        var cells = workbook.Worksheet("Hinweise").Descendants<Cell>().Select(c => c.InnerText).ToList();
        cells.ShouldContain("kaputt.xlsx");
        cells.ShouldContain("Angebot!B10");
        cells.ShouldContain(c => c.StartsWith("the total net price 'viel'", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_WriteAValidWorkbook_When_NoFormCouldBeEvaluated()
    {
        using var workbook = XlsxFile.Open(Render(Result(responses: [])));

        workbook.ValidationErrors().ShouldBeEmpty();
        workbook.Text("Bewertung", "I7").ShouldBeNull();
    }

    [Fact]
    public void Should_WriteIdenticalBytes_When_RenderedTwice()
    {
        Render(Result()).ShouldBe(Render(Result()));
    }
}
