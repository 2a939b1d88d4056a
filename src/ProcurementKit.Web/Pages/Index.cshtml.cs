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

    /// <summary>Warnings of the core about the selection (e.g. B criteria dropped under the lowest-price method).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>The tender read and selected by the core, on the preview and documents steps.</summary>
    public PreparedTender? Selection { get; private set; }

    public IReadOnlyList<ParameterRow> ParameterRows { get; private set; } = [];

    /// <summary>The protection goal the questionnaire shows (protection-needs step).</summary>
    public ProtectionGoal Goal { get; private set; } = ProtectionGoal.Confidentiality;

    private WorkflowResult<PreparedTender>? _prepared;

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

    /// <summary>
    /// Takes the posted step's fields into the tender, then does what the pressed button asks: forward (when the
    /// step is complete), back, add or remove a lot, switch the page language, or stay and show the step again.
    /// </summary>
    public IActionResult OnPostStep(WorkbenchStep from, string? go)
    {
        if (!TryReadDraft())
        {
            return Page();
        }

        // A hostile form may name no step or the start page: the details are the first step that holds data.
        from = WorkbenchSteps.Order.Contains(from) ? from : WorkbenchStep.Details;
        Apply(from, Draft!, go);
        Step = from;
        Goal = ProtectionStep.PostedGoal(Request.Form) ?? ProtectionGoal.Confidentiality;
        switch (go ?? string.Empty)
        {
            case "back" when from == WorkbenchStep.Protection && Goal != ProtectionGoal.Confidentiality:
                Goal -= 1;
                break;
            case "back":
                Step = WorkbenchSteps.Previous(from);
                Goal = ProtectionGoal.Availability;
                break;
            case "next" when from == WorkbenchStep.Protection:
                NextGoal();
                break;
            case ProtectionStep.KeepNeeds when from == WorkbenchStep.Protection:
                var kept = ProblemsOf(from);
                Problems.AddRange(kept);
                Step = kept.Count == 0 ? WorkbenchSteps.Next(from) : from;
                break;
            case "language":
                UiLanguage.Switch(HttpContext, Ui == Language.English ? Language.German : Language.English);
                break;
            case LotsStep.AddLot:
                LotsStep.Add(Draft!);
                break;
            case var remove when remove.StartsWith(LotsStep.RemoveLotPrefix, StringComparison.Ordinal):
                LotsStep.Remove(Draft!, remove);
                break;
            case "next":
                var problems = ProblemsOf(from);
                Problems.AddRange(problems);
                Step = problems.Count == 0 ? WorkbenchSteps.Next(from) : from;
                Goal = ProtectionGoal.Confidentiality;
                break;
            case "stay" when from == WorkbenchStep.Protection:
                // Mid-questionnaire only this goal's answers are judged; the goals still to come are not missing yet.
                Problems.AddRange(ProtectionStep.ProblemsOf(Draft!, Goal, TenderDraft.FileName).Select(Describe));
                break;
            default:
                Problems.AddRange(ProblemsOf(from));
                break;
        }

        ShowSelection();
        return Page();
    }

    /// <summary>
    /// Forward in the questionnaire: the next goal once this goal's answers satisfy the core; after the last goal the
    /// core writes the assessment and the protection needs it determines into the tender (<see cref="AssessmentWorkflow.Apply"/>).
    /// </summary>
    private void NextGoal()
    {
        var problems = ProtectionStep.ProblemsOf(Draft!, Goal, TenderDraft.FileName).Select(Describe).ToList();
        if (problems.Count > 0)
        {
            Problems.AddRange(problems);
            return;
        }

        if (Goal != ProtectionGoal.Availability)
        {
            Goal += 1;
            return;
        }

        var assessed = AssessmentWorkflow.Apply(served.Catalog, Draft!.ToFileText(), TenderDraft.FileName, AssessmentDraft.Read(Draft));
        if (assessed.Value is null)
        {
            Problems.AddRange(assessed.Problems.Where(p => p.IsError).Select(Describe));
            return;
        }

        Draft = TenderDraft.Parse(assessed.Value.Json, out _)!;
        _prepared = null;
        Step = WorkbenchSteps.Next(WorkbenchStep.Protection);
    }

    /// <summary>One of the tender's documents, the tender itself, or all of them as one zip, composed by the core from the posted tender.</summary>
    public IActionResult OnPostDownload(WorkbenchStep from, string? document)
    {
        if (!TryReadDraft())
        {
            return Page();
        }

        // "Save progress" on a step takes what was typed there along.
        if (WorkbenchSteps.Order.Contains(from))
        {
            Apply(from, Draft!, go: null);
        }

        if (document == TenderDraft.FileName)
        {
            return File(Encoding.UTF8.GetBytes(Draft!.ToFileText()), "application/json", TenderDraft.FileName);
        }

        if (Prepared() is not { } tender)
        {
            Step = WorkbenchStep.Documents;
            ShowSelection();
            return Page();
        }

        var documents = TenderWorkflow.Compose(tender, served.Prose(tender.Language));
        var buffer = new MemoryStream();
        if (document == DocumentBundle.FileName)
        {
            DocumentBundle.Write(buffer, documents, Draft!.ToFileText(), HttpContext.RequestAborted);
            buffer.Position = 0;
            return File(buffer, DocumentBundle.MediaType, DocumentBundle.FileName);
        }

        if (documents.FirstOrDefault(d => d.Name == document) is not { } wanted)
        {
            return NotFound();
        }

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

    private void Apply(WorkbenchStep step, TenderDraft draft, string? go)
    {
        switch (step)
        {
            case WorkbenchStep.Details:
                DetailsStep.Apply(draft, Request.Form);
                break;
            case WorkbenchStep.Lots:
                LotsStep.Apply(draft, Request.Form);
                break;
            case WorkbenchStep.Protection when go != ProtectionStep.KeepNeeds:
                // Pressing on (or updating the result) commits the answers; otherwise untouched defaults are not
                // taken for answers, so paging through never replaces protection needs a tender brought along.
                ProtectionStep.Apply(draft, Request.Form, commit: go is "next" or "stay");
                break;
            case WorkbenchStep.Context:
                ContextStep.Apply(draft, Request.Form, served.Catalog);
                break;
            case WorkbenchStep.Preview:
                PreviewStep.Apply(draft, Request.Form, served.Catalog);
                break;
        }

        _prepared = null;
    }

    /// <summary>
    /// The core's errors about the keys a step writes: the same rules and words as the command line. The preview and
    /// the documents need the whole tender to be sound.
    /// </summary>
    private List<string> ProblemsOf(WorkbenchStep step)
    {
        IReadOnlyList<string>? keys = step switch
        {
            WorkbenchStep.Details => DetailsStep.Keys,
            WorkbenchStep.Lots => LotsStep.Keys,
            WorkbenchStep.Protection => ProtectionStep.Keys,
            WorkbenchStep.Context => ContextStep.Keys,
            _ => null,
        };
        return [.. PrepareResult().Problems
            .Where(p => p.IsError && (keys is null || (p.Position.Key is { } key && keys.Any(k => key == k || key.StartsWith(k + ":", StringComparison.Ordinal)))))
            .Select(Describe)];
    }

    /// <summary>For the preview and the documents: the selection, its notes, the parameters; or every problem that prevents it.</summary>
    private void ShowSelection()
    {
        if (Step is not (WorkbenchStep.Preview or WorkbenchStep.Documents))
        {
            return;
        }

        var result = PrepareResult();
        Notes.AddRange(result.Problems.Where(p => !p.IsError).Select(Describe));
        foreach (var problem in result.Problems.Where(p => p.IsError).Select(Describe).Where(p => !Problems.Contains(p)))
        {
            Problems.Add(problem);
        }

        Selection = result.Value;
        if (Selection is null && Step == WorkbenchStep.Preview && result.Problems.Where(p => p.IsError).All(IsParameterProblem))
        {
            // A value out of bounds keeps the preview: the selection with the presets, the problem above it.
            var presets = TenderDraft.Parse(Draft!.ToHiddenValue(), out _)!;
            presets.Root.Remove("parameters");
            Selection = presets.Prepare(served.Catalog).Value;
        }

        ParameterRows = Selection is null ? [] : PreviewStep.Rows(Selection);
    }

    private static bool IsParameterProblem(Diagnostic problem) =>
        problem.Position.Key is { } key && key.StartsWith("parameters:", StringComparison.Ordinal);

    private WorkflowResult<PreparedTender> PrepareResult() => _prepared ??= Draft!.Prepare(served.Catalog);

    private PreparedTender? Prepared() => PrepareResult() is { Succeeded: true, Value: { } tender } ? tender : null;

    private static string Describe(Diagnostic problem) => problem.ToString();
}
