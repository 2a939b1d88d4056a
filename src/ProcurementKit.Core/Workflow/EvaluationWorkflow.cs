using ProcurementKit.Diagnostics;
using ProcurementKit.Evaluation;
using ProcurementKit.Evaluation.Forms;
using ProcurementKit.Rendering.EvaluationReport;
using ProcurementKit.Rendering.Excel.EvaluationWorkbook;

namespace ProcurementKit.Workflow;

/// <summary>The outcome of an evaluation: the scored offers, the documents to hand out and notes (files ignored, points not used).</summary>
public sealed record EvaluationOutcome(EvaluationResult Result, IReadOnlyList<NamedDocument> Documents, IReadOnlyList<Diagnostic> Notes);

/// <summary>
/// Evaluates returned response forms the same way for every host: which uploads count as forms, each form
/// checked on its own (one bad file never stops the others), the evaluators' points taken over from an
/// earlier evaluation.xlsx, the offers scored by the announced method, and the three evaluation documents.
/// </summary>
public static class EvaluationWorkflow
{
    public const string Workbook = "evaluation.xlsx";
    public const string Json = "evaluation.json";
    public const string Report = "evaluation-report.docx";

    /// <param name="tender">The prepared tender the forms answer.</param>
    /// <param name="uploads">The handed-over files; names as the user knows them (a path, an upload's file name).</param>
    /// <param name="scores">An evaluation.xlsx of an earlier run whose evaluator points are taken over, or null.</param>
    /// <param name="source">Where the uploads came from, for the message when none is a form (a folder, "upload").</param>
    public static WorkflowResult<EvaluationOutcome> Evaluate(
        PreparedTender tender, IReadOnlyList<UploadedFile> uploads, UploadedFile? scores, string source, CancellationToken cancellationToken = default)
    {
        var notes = new List<Diagnostic>();
        var forms = uploads.Where(u => !UploadRules.IsSkipped(Path.GetFileName(u.Name))).ToList();
        notes.AddRange(forms.Where(u => !UploadRules.IsWorkbook(u.Name)).Select(u => HostDiagnostics.NotAWorkbook(u.Name)));
        forms.RemoveAll(u => !UploadRules.IsWorkbook(u.Name));
        if (forms.Count == 0)
        {
            return WorkflowResult.Failure<EvaluationOutcome>([.. notes, HostDiagnostics.NoResponseForms(source)]);
        }

        var selection = tender.Selection;
        var responses = ResponseSet.Collect(forms.Select(form =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Read(form, selection);
        }).ToList());

        var given = EvaluatorScores.None;
        if (scores is not null)
        {
            var read = ReadScores(scores, selection);
            if (!read.Succeeded)
            {
                return WorkflowResult.Failure<EvaluationOutcome>(read.Problems, $"{scores.Name}: the evaluator's points were not taken over; fix the cells above and run again");
            }

            given = read.Scores;
            notes.AddRange(given.Bidders
                .Where(bidder => responses.Responses.All(r => r.Bidder != bidder))
                .Select(bidder => HostDiagnostics.UnusedScores(scores.Name, bidder)));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var result = OfferEvaluator.Evaluate(selection, responses.Responses, given, responses.Rejected, cancellationToken);
        var language = tender.Language;
        IReadOnlyList<NamedDocument> documents =
        [
            new(Workbook, NamedDocument.Xlsx, (stream, token) => EvaluationWorkbookWriter.Write(stream, result, language, token)),
            new(Json, NamedDocument.Json, (stream, token) => EvaluationJsonWriter.Write(stream, result, language, token)),
            new(Report, NamedDocument.Docx, (stream, token) => EvaluationReportWriter.Write(stream, result, language, token)),
        ];
        return WorkflowResult.Success(new EvaluationOutcome(result, documents, notes), notes);
    }

    private static FormReadResult Read(UploadedFile form, Selection.TenderSelection selection) =>
        Open(form, stream => ResponseFormReader.Read(stream, form.Name, selection), problem => new FormReadResult(form.Name, null, [problem]));

    private static ScoresReadResult ReadScores(UploadedFile scores, Selection.TenderSelection selection) =>
        Open(scores, stream => EvaluatorScoresReader.Read(stream, scores.Name, selection), problem => new ScoresReadResult(EvaluatorScores.None, [problem]));

    /// <summary>Reads an upload; a file that cannot be opened is a problem of that file, so it never stops the others.</summary>
    private static T Open<T>(UploadedFile file, Func<Stream, T> read, Func<Diagnostic, T> unreadable)
    {
        try
        {
            using var stream = file.Open();
            return read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return unreadable(FormProblems.NotXlsx(file.Name, $"the file cannot be read: {e.Message}"));
        }
    }
}
