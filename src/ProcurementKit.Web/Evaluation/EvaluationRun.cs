using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Workflow;

namespace ProcurementKit.Web.Evaluation;

/// <summary>
/// One evaluation as the page runs it: the uploads checked, the tender prepared against the served catalog and
/// the core's <see cref="EvaluationWorkflow"/> run, exactly as `evaluate` runs it. Nothing is kept afterwards.
/// </summary>
public static class EvaluationRun
{
    public static EvaluationOutcome? Evaluate(IFormFileCollection files, RequirementsCatalog catalog, List<Diagnostic> problems, CancellationToken cancellationToken)
    {
        var uploads = EvaluationUploads.From(files, problems);
        if (uploads is null)
        {
            return null;
        }

        WorkflowResult<PreparedTender> prepared;
        using (var tender = uploads.Tender.OpenReadStream())
        {
            prepared = TenderWorkflow.Prepare(catalog, tender, EvaluationUploads.NameOf(uploads.Tender));
        }

        if (prepared.Value is null)
        {
            problems.AddRange(prepared.Problems);
            return null;
        }

        var evaluated = EvaluationWorkflow.Evaluate(prepared.Value, uploads.Responses, uploads.Scores, "upload", cancellationToken);
        problems.AddRange(evaluated.Problems.Where(p => p.IsError));
        return evaluated.Value;
    }

    /// <summary>A document of the outcome, rendered into memory for the response.</summary>
    public static byte[] Render(NamedDocument document, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        document.Write(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
