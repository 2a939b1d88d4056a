using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Web.Evaluation;
using ProcurementKit.Web.Hosting;
using ProcurementKit.Workflow;

namespace ProcurementKit.Web.Pages;

/// <summary>
/// The evaluator's page: uploads in, the core's evaluation out. The result page carries the three documents
/// itself (data links), so nothing is stored between requests; the upload form's download buttons evaluate the
/// chosen files again and return one document.
/// </summary>
[RequestSizeLimit(WebHostSetup.MaxRequestBytes)]
public sealed class EvaluationModel(ServedCatalog served) : PageModel
{
    public Language Ui => UiLanguage.Of(Request);

    public EvaluationPageText Text => EvaluationPageText.For(Ui);

    public List<Diagnostic> Problems { get; } = [];

    public EvaluationOutcome? Outcome { get; private set; }

    /// <summary>The three documents of the outcome, rendered for the page's download links.</summary>
    public List<(string Name, string MediaType, byte[] Content)> Documents { get; } = [];

    public void OnGet()
    {
    }

    public IActionResult OnPostEvaluate()
    {
        var token = HttpContext.RequestAborted;
        Outcome = EvaluationRun.Evaluate(Request.Form.Files, served.Catalog, Problems, token);
        if (Outcome is not null)
        {
            Documents.AddRange(Outcome.Documents.Select(d => (d.Name, d.MediaType, EvaluationRun.Render(d, token))));
        }

        return Page();
    }

    public IActionResult OnPostDownload(string document)
    {
        var token = HttpContext.RequestAborted;
        Outcome = EvaluationRun.Evaluate(Request.Form.Files, served.Catalog, Problems, token);
        if (Outcome is null)
        {
            return Page();
        }

        var wanted = Outcome.Documents.FirstOrDefault(d => d.Name == document);
        if (wanted is null)
        {
            return NotFound();
        }

        return File(EvaluationRun.Render(wanted, token), wanted.MediaType, wanted.Name);
    }
}
