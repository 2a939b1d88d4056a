using System.CommandLine;
using System.Text;
using ProcurementKit.Catalog;
using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Diagnostics;
using ProcurementKit.Tenders;
using ProcurementKit.Tenders.Assessment;
using ProcurementKit.Workflow;

namespace ProcurementKit.Cli.Commands;

/// <summary>`assess`: the protection-need determination (BSI 200-2), asked in the terminal or read from a file, written into the tender.</summary>
public static class AssessCommand
{
    public static Command Create(CliConsole console)
    {
        var tender = CommonOptions.TenderFile();
        var answers = new Option<string?>("--answers")
        {
            Description = "Read the answers from a JSON file instead of asking: the 'assessment' section of tender.json " +
                "({ \"ratings\": { scenario: { goal: { level, reason } } }, \"adjustments\": { goal: { effect, level, reason } } }), " +
                "or a file that holds one under 'assessment' (docs/protection-needs.md)",
            HelpName = "FILE",
        };
        var language = new Option<string?>("--lang")
        {
            Description = "Language of the questions: de or en (default: the tender's language; the reasons written into the tender are always in the tender's language)",
            HelpName = "de|en",
        };
        var catalog = CommonOptions.Catalog();
        var command = new Command(
            "assess",
            "Determine the tender's protection needs (Schutzbedarfsfeststellung, BSI-Standard 200-2): rate each of the six damage " +
            "scenarios for confidentiality, integrity and availability (normal / high / very high, with a reason above normal), " +
            "optionally raise a goal (cumulation effect) or lower it (distribution effect) with a reason. Without --answers the " +
            "questions are asked on the terminal (answers are read line by line from standard input; Enter keeps the tender's " +
            "earlier answer). The result is written into the tender file: 'assessment' and the 'protectionNeeds' it gives by the " +
            "maximum principle; every other key stays as it was.")
        {
            tender, answers, language, catalog,
        };
        command.SetAction(parse => Run(console, parse.GetValue(tender)!, parse.GetValue(answers), parse.GetValue(language), parse.GetValue(catalog)));
        return command;
    }

    private static int Run(CliConsole console, string path, string? answersPath, string? languageCode, string? catalogFolder)
    {
        var catalog = Inputs.Catalog(catalogFolder);
        if (!File.Exists(path))
        {
            throw new CliFailureException(TenderDiagnostics.FileNotFound(path));
        }

        var text = File.ReadAllText(path, Encoding.UTF8);
        var opened = AssessmentWorkflow.Open(catalog, text, path);
        var start = opened.Value ?? throw new CliFailureException(opened.Problems, "fix these first: assess rewrites only 'assessment' and 'protectionNeeds'");
        var language = Inputs.LanguageOr(languageCode, start.Language);
        var assessment = answersPath is null
            ? new AssessmentQuestionnaire(console.In, console.Out, language).Ask(start.Existing)
            : ReadAnswers(answersPath);

        var applied = AssessmentWorkflow.Apply(catalog, text, path, assessment);
        var result = applied.Value ?? throw new CliFailureException(applied.Problems);
        if (result.Unchanged)
        {
            console.Out.WriteLine($"{path}: unchanged, the assessment and its protection needs were already there");
            return 0;
        }

        TenderFile.Replace(path, result.Json);
        console.Out.WriteLine($"wrote {path}: {(result.HadAssessment ? "assessment replaced" : "assessment added")}; protection needs:");
        foreach (var change in result.Needs)
        {
            var after = change.After.ToKey();
            console.Out.WriteLine(change switch
            {
                { Before: null } => $"  {change.Goal.ToKey()}: {after} (new)",
                { LevelChanged: true } => $"  {change.Goal.ToKey()}: {change.Before.Value.ToKey()} -> {after}",
                _ => $"  {change.Goal.ToKey()}: {after} (unchanged level, reason rewritten from the assessment)",
            });
        }

        return 0;
    }

    private static ProtectionNeedAssessment ReadAnswers(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliFailureException(TenderDiagnostics.AnswersFileMissing(path));
        }

        using var stream = File.OpenRead(path);
        var read = AssessmentAnswersReader.Read(stream, path);
        return read.Value ?? throw new CliFailureException(read.Problems);
    }
}
