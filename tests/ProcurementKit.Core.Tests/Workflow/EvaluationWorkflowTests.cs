using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Evaluation;
using ProcurementKit.Rendering.Excel.EvaluationWorkbook;
using ProcurementKit.Tests.Evaluation;
using ProcurementKit.Tests.Evaluation.Forms;
using ProcurementKit.Tests.Support;
using ProcurementKit.Workflow;

namespace ProcurementKit.Tests.Workflow;

/// <summary>The evaluation every host runs: which uploads count, the forms read one by one, points taken over, the documents named.</summary>
public sealed class EvaluationWorkflowTests
{
    private static PreparedTender Tender => new(FormFixture.Selection.Value.Catalog, FormFixture.Selection.Value.Tender, FormFixture.Selection.Value, Language.German);

    private static UploadedFile File(string name, byte[] bytes) => new(name, () => new MemoryStream(bytes));

    [Fact]
    public void Should_EvaluateTheFormsAndNameTheDocuments_When_FormsAreUploaded()
    {
        var uploads = new[]
        {
            File("alpha.xlsx", FormFixture.Filled("Alpha GmbH").Apply(FormFixture.Blank())),
            File("beta.xlsx", FormFixture.Filled("Beta AG", 99_000m).Apply(FormFixture.Blank())),
        };

        var outcome = EvaluationWorkflow.Evaluate(Tender, uploads, null, "upload").Value!;

        outcome.Result.Offers.Select(o => o.Bidder).ShouldBe(["Beta AG", "Alpha GmbH"], ignoreOrder: true);
        outcome.Documents.Select(d => d.Name).ShouldBe(["evaluation.xlsx", "evaluation.json", "evaluation-report.docx"]);
        outcome.Notes.ShouldBeEmpty();
    }

    [Fact]
    public void Should_SkipLockFilesAndNoteOtherFiles_When_TheUploadHoldsMoreThanForms()
    {
        var form = FormFixture.Filled().Apply(FormFixture.Blank());
        var uploads = new[] { File("~$alpha.xlsx", form), File(".DS_Store", [1]), File("cover-letter.pdf", [1, 2]), File("alpha.xlsx", form) };

        var outcome = EvaluationWorkflow.Evaluate(Tender, uploads, null, "upload").Value!;

        outcome.Result.Offers.ShouldHaveSingleItem();
        var note = outcome.Notes.ShouldHaveSingleItem();
        (note.Code, note.Severity, note.File).ShouldBe(("PK0660", Severity.Warning, "cover-letter.pdf"));
    }

    [Fact]
    public void Should_Fail_When_NoUploadIsAForm()
    {
        var result = EvaluationWorkflow.Evaluate(Tender, [File("notes.txt", [1])], null, "responses/");

        result.Succeeded.ShouldBeFalse();
        result.Problems.Select(p => p.Code).ShouldBe(["PK0660", "PK0600"]);
        result.Problems[1].ToString().ShouldStartWith("responses/: error PK0600:");
    }

    [Fact]
    public void Should_NoteUnusedPoints_When_TheScoresNameABidderWithoutAForm()
    {
        var earlier = OfferEvaluator.Evaluate(
            FormFixture.Selection.Value,
            [EvaluationFixture.Offer("Gamma KG", 1000m, EvaluationFixture.Reply("UPD-02", Answer.Met), EvaluationFixture.Reply("CRY-01", Answer.PartiallyMet))],
            EvaluatorScores.None,
            []);
        var scores = new FormFiller().Number("Bewertung", "L11", 5m).Text("Bewertung", "M11", "überwiegend belegt")
            .Apply(ExampleSelection.Render(s => EvaluationWorkbookWriter.Write(s, earlier, Language.German)));

        var outcome = EvaluationWorkflow.Evaluate(
            Tender, [File("alpha.xlsx", FormFixture.Filled().Apply(FormFixture.Blank()))], File("evaluation.xlsx", scores), "upload").Value!;

        var note = outcome.Notes.ShouldHaveSingleItem();
        note.ToString().ShouldBe("evaluation.xlsx: warning PK0661: points for 'Gamma KG' were not used; no evaluated form names this bidder");
    }

    [Fact]
    public void Should_Stop_When_TheEvaluationIsCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() =>
            EvaluationWorkflow.Evaluate(Tender, [File("alpha.xlsx", FormFixture.Filled().Apply(FormFixture.Blank()))], null, "upload", cancelled.Token));
    }
}
