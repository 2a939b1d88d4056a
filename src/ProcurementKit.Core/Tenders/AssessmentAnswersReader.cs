using System.Text.Json;
using Microsoft.Extensions.Configuration;
using ProcurementKit.Diagnostics;
using ProcurementKit.Tenders.Assessment;
using ProcurementKit.Workflow;

namespace ProcurementKit.Tenders;

/// <summary>
/// Reads a file of questionnaire answers (<c>assess --answers FILE</c>, an upload): the <c>assessment</c> section of
/// tender.json on its own (<c>{ "ratings": …, "adjustments": … }</c>), or any JSON object that holds one under
/// <c>assessment</c>, such as another tender. Problems name the key path in that file.
/// </summary>
public static class AssessmentAnswersReader
{
    public static WorkflowResult<ProtectionNeedAssessment> Read(Stream json, string file)
    {
        IConfigurationRoot root;
        try
        {
            root = new ConfigurationBuilder().AddJsonStream(json).Build();
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or JsonException)
        {
            return WorkflowResult.Failure<ProtectionNeedAssessment>([TenderReader.JsonProblem(file, e)]);
        }

        var nested = !root.GetSection("ratings").Exists() && root.GetSection("assessment").Exists();
        IConfiguration section = nested ? root.GetSection("assessment") : root;
        var errors = new List<Diagnostic>();
        var assessment = new AssessmentReader(new SectionReader(file, errors)).Read(section);
        // Of a larger file (nested) only the assessment is read; its other keys are not ours to judge.
        if (!nested && errors.Count == 0 && !root.GetSection("ratings").Exists())
        {
            errors.Add(TenderDiagnostics.Missing(file, "ratings", "an answers file holds the ratings per damage scenario and goal (docs/protection-needs.md)"));
        }

        if (errors.Count == 0)
        {
            errors.AddRange(ProtectionNeedDetermination.Check(assessment, file, nested ? "assessment" : string.Empty));
        }

        return errors.Count == 0 ? WorkflowResult.Success(assessment) : WorkflowResult.Failure<ProtectionNeedAssessment>(errors);
    }
}
