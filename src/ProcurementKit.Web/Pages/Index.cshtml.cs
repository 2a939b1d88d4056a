using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Web.Hosting;
using ProcurementKit.Web.Workbench;
using ProcurementKit.Workflow;

namespace ProcurementKit.Web.Pages;

/// <summary>
/// The procurement officer's workbench: a wizard whose state is the tender itself, posted back with every step.
/// The page maps form fields to tender keys; reading, selecting and composing are the core workflow's.
/// </summary>
public sealed class IndexModel(ServedCatalog served, TimeProvider clock) : PageModel
{
    public const string StateField = "state";

    public WorkbenchStep Step { get; private set; } = WorkbenchStep.Start;

    public TenderDraft? Draft { get; private set; }

    /// <summary>Problems to show above the step: the core's diagnostics for this step's keys, or why a file was refused.</summary>
    public List<string> Problems { get; } = [];

    public Language Ui => UiLanguage.Of(Request);

    public WorkbenchText Text => WorkbenchText.For(Ui);

    public ServedCatalog Served => served;

    public void OnGet()
    {
    }

    public IActionResult OnPostNew()
    {
        Draft = TenderDraft.New(DateOnly.FromDateTime(clock.GetLocalNow().Date));
        Step = WorkbenchStep.Details;
        return Page();
    }

    public async Task<IActionResult> OnPostOpenAsync(IFormFile? tender)
    {
        if (tender is null || tender.Length == 0)
        {
            Problems.Add(Text.OpenTenderHint);
            return Page();
        }

        if (tender.Length > TenderDraft.MaxBytes)
        {
            Problems.Add($"{TenderDraft.FileName}: the file is larger than {TenderDraft.MaxBytes / 1024} KB; a tender.json is a few KB");
            return Page();
        }

        string text;
        using (var reader = new StreamReader(tender.OpenReadStream(), Encoding.UTF8))
        {
            text = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        }

        Draft = TenderDraft.Parse(text, out var problem);
        if (Draft is null)
        {
            Problems.Add($"{TenderDraft.FileName}: {problem}");
            return Page();
        }

        // An opened tender shows all its problems at once, as compose would; the steps then show theirs.
        Problems.AddRange(Draft.Prepare(served.Catalog).Problems.Where(p => p.IsError).Select(Describe));
        Step = WorkbenchStep.Details;
        return Page();
    }

    /// <summary>Takes the posted step's fields into the tender and goes forward (when the step is complete) or back.</summary>
    public IActionResult OnPostStep(WorkbenchStep from, string go)
    {
        if (!TryReadDraft())
        {
            return Page();
        }

        Apply(from, Draft!);
        if (go == "back")
        {
            Step = WorkbenchSteps.Previous(from);
            return Page();
        }

        var problems = ProblemsOf(from);
        Step = problems.Count == 0 && go == "next" ? WorkbenchSteps.Next(from) : from;
        Problems.AddRange(problems);
        return Page();
    }

    /// <summary>One of the tender's documents, or the tender itself, composed by the core from the posted tender.</summary>
    public IActionResult OnPostDownload(string document)
    {
        if (!TryReadDraft())
        {
            return Page();
        }

        if (document == TenderDraft.FileName)
        {
            return File(Encoding.UTF8.GetBytes(Draft!.ToFileText()), "application/json", TenderDraft.FileName);
        }

        var prepared = Draft!.Prepare(served.Catalog);
        if (prepared.Value is not { } tender)
        {
            Step = WorkbenchStep.Documents;
            Problems.AddRange(prepared.Problems.Select(Describe));
            return Page();
        }

        var wanted = TenderWorkflow.Compose(tender, served.Prose(tender.Language)).FirstOrDefault(d => d.Name == document);
        if (wanted is null)
        {
            return NotFound();
        }

        var buffer = new MemoryStream();
        wanted.Write(buffer, HttpContext.RequestAborted);
        buffer.Position = 0;
        return File(buffer, wanted.MediaType, wanted.Name);
    }

    private bool TryReadDraft()
    {
        Draft = TenderDraft.Parse(Request.Form[StateField], out var problem);
        if (Draft is null)
        {
            Step = WorkbenchStep.Start;
            Problems.Add(problem!);
            return false;
        }

        return true;
    }

    private void Apply(WorkbenchStep step, TenderDraft draft)
    {
        switch (step)
        {
            case WorkbenchStep.Details:
                DetailsStep.Apply(draft, Request.Form);
                break;
        }
    }

    /// <summary>The core's errors about the keys a step writes: the same rules and words as the command line.</summary>
    private List<string> ProblemsOf(WorkbenchStep step)
    {
        var keys = step switch
        {
            WorkbenchStep.Details => DetailsStep.Keys,
            _ => [],
        };
        return [.. Draft!.Prepare(served.Catalog).Problems
            .Where(p => p.IsError && p.Position.Key is { } key && keys.Any(k => key == k || key.StartsWith(k + ":", StringComparison.Ordinal)))
            .Select(Describe)];
    }

    private static string Describe(Diagnostic problem) => problem.ToString();
}
