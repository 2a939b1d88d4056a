using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Evaluation.Forms;
using ProcurementKit.Rendering.Excel.EvaluationWorkbook;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Evaluation.Forms;

public sealed class EvaluatorScoresReaderTests
{
    // Blocks: Alpha (rank 1) from column I, Beta from column O; rows 9 UPD-01 (B, linear), 10 UPD-02 (A), 11 CRY-01 (B, scale);
    // evaluator points = block + 3 (L, R), reason = block + 4 (M, S).
    private static byte[] Evaluation()
    {
        var selection = FormFixture.Selection.Value;
        var responses = new[]
        {
            EvaluationFixture.Offer("Alpha", 1000m, EvaluationFixture.Reply("UPD-01", Answer.Met, 12), EvaluationFixture.Reply("UPD-02", Answer.Met), EvaluationFixture.Reply("CRY-01", Answer.PartiallyMet)),
            EvaluationFixture.Offer("Beta", 2000m, EvaluationFixture.Reply("UPD-02", Answer.Met), EvaluationFixture.Reply("CRY-01", Answer.PartiallyMet)),
        };
        var result = OfferEvaluator.Evaluate(selection, responses, EvaluatorScores.None, []);
        return ExampleSelection.Render(s => EvaluationWorkbookWriter.Write(s, result, Language.German));
    }

    private static ScoresReadResult Read(byte[] workbook) =>
        EvaluatorScoresReader.Read(new MemoryStream(workbook), "evaluation.xlsx", FormFixture.Selection.Value);

    [Fact]
    public void Should_ReadPointsByBidderAndRequirement_When_EvaluatorFilledTheColumn()
    {
        var filled = new FormFiller()
            .Number("Bewertung", "L11", 8m).Text("Bewertung", "M11", "vollständig belegt")
            .Number("Bewertung", "R11", 3m).Text("Bewertung", "S11", "nur Teile")
            .Number("Bewertung", "L9", 2.5m).Text("Bewertung", "M9", "Wert korrigiert")
            .Text("Bewertung", "M10", "Zertifikat gesehen")
            .Apply(Evaluation());

        var result = Read(filled);

        result.Problems.ShouldBeEmpty();
        (result.Scores.For("1", "Alpha", "CRY-01"), result.Scores.For("1", "Alpha", "UPD-01"), result.Scores.For("1", "Beta", "CRY-01"))
            .ShouldBe((new EvaluatorEntry(8m, "vollständig belegt"), new EvaluatorEntry(2.5m, "Wert korrigiert"), new EvaluatorEntry(3m, "nur Teile")));
        result.Scores.For("1", "Alpha", "UPD-02").ShouldBe(new EvaluatorEntry(null, "Zertifikat gesehen"));
        result.Scores.For("1", "Beta", "UPD-01").ShouldBeNull();
    }

    [Fact]
    public void Should_AskForAReason_When_PointsHaveNone()
    {
        var problem = Read(new FormFiller().Number("Bewertung", "R11", 5m).Apply(Evaluation())).Problems.ShouldHaveSingleItem();

        problem.ToString().ShouldStartWith("evaluation.xlsx:Bewertung!S11: error PK0651: points without a reason");
    }

    [Fact]
    public void Should_RefusePointsBetweenTheSteps_When_TheCriterionIsQualitative()
    {
        var problem = Read(new FormFiller().Number("Bewertung", "L11", 7.5m).Text("Bewertung", "M11", "gut").Apply(Evaluation())).Problems.ShouldHaveSingleItem();

        problem.ToString().ShouldBe("evaluation.xlsx:Bewertung!L11: error PK0652: the evaluator's points '7.5' are not a step of the announced scale (0, 3, 5, 8, 10); qualitative criteria are scored on its steps only");
    }

    [Theory]
    [InlineData("11")]
    [InlineData("-1")]
    public void Should_NameTheCell_When_PointsAreOutOfRange(string points)
    {
        var filled = new FormFiller().Number("Bewertung", "R11", decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture)).Text("Bewertung", "S11", "x").Apply(Evaluation());

        var problem = Read(filled).Problems.ShouldHaveSingleItem();

        problem.ToString().ShouldBe($"evaluation.xlsx:Bewertung!R11: error PK0650: the evaluator's points '{points}' are not a number from 0 to 10");
    }

    [Fact]
    public void Should_RefuseText_When_EvaluatorTypedWords()
    {
        var problem = Read(new FormFiller().Text("Bewertung", "L11", "gut").Text("Bewertung", "M11", "x").Apply(Evaluation())).Problems.ShouldHaveSingleItem();

        (problem.Cell, problem.Code).ShouldBe(("Bewertung!L11", "PK0650"));
    }

    [Fact]
    public void Should_ReportADamagedFile_When_TheMatrixSheetIsNotWellFormed()
    {
        // Every sheet but the hidden record is cut short, so the file opens and fails when the matrix is read.
        var evaluation = Evaluation();
        var damaged = ZipEdit.ReplaceAll(evaluation,
            name => name.StartsWith("xl/worksheets/", StringComparison.Ordinal) && !ZipEdit.Read(evaluation, name).Contains("selection-hash", StringComparison.Ordinal),
            xml => xml[..^20]);

        var problem = Read(damaged).Problems.ShouldHaveSingleItem();

        (problem.File, problem.Cell, problem.Code).ShouldBe(("evaluation.xlsx", string.Empty, "PK0602"));
        Read(damaged).Scores.ShouldBe(EvaluatorScores.None);
    }

    [Fact]
    public void Should_RefuseAResponseForm_When_ItIsPassedAsScores()
    {
        Read(FormFixture.Blank()).Problems.ShouldHaveSingleItem().Message.ShouldBe("this is a ProcurementKit 'response-form' workbook, not an evaluation workbook (evaluation.xlsx)");
    }
}
