using ProcurementKit.Rendering.Word.Templates;

namespace ProcurementKit.Workflow;

/// <summary>
/// The check every host runs on a municipality's Word template before composing, and that <c>template check</c>
/// shows: a file that is no Word document is refused; markers used wrongly are errors; what is dropped (macros,
/// comments, a body without marker) is a warning.
/// </summary>
public static class WordTemplateCheck
{
    /// <summary>The report (its warnings as the result's notes), or the problems that keep the template from being used.</summary>
    public static WorkflowResult<TemplateReport> Run(byte[] template, string file)
    {
        var (report, refusal) = TemplateInspection.Inspect(template, file);
        if (report is null)
        {
            return WorkflowResult.Failure<TemplateReport>([refusal!]);
        }

        return report.HasErrors ? new WorkflowResult<TemplateReport>(report, report.Problems) : WorkflowResult.Success(report, report.Problems);
    }
}
