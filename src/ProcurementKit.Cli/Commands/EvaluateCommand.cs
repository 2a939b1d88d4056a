using System.CommandLine;
using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Evaluation;
using ProcurementKit.Workflow;

namespace ProcurementKit.Cli.Commands;

/// <summary>`evaluate`: reads the returned response forms, scores them by the announced method and writes the evaluation.</summary>
public static class EvaluateCommand
{
    public static Command Create(CliConsole console)
    {
        var tender = CommonOptions.TenderFile();
        var catalog = CommonOptions.Catalog();
        var language = CommonOptions.Language();
        var force = CommonOptions.Force();
        var responses = new Option<string>("--responses") { Description = "Folder with the returned response forms (.xlsx)", HelpName = "DIR", Required = true };
        var output = new Option<string>("--out") { Description = "Output folder for evaluation.xlsx, evaluation.json and evaluation-report.docx", HelpName = "DIR", Required = true };
        var scores = new Option<string?>("--scores") { Description = "A previous evaluation.xlsx whose evaluator points are taken over", HelpName = "evaluation.xlsx" };
        var command = new Command("evaluate", "Score the returned response forms by the tender's award method (UfAB) and write the evaluation.")
        {
            tender, responses, output, scores, catalog, language, force,
        };
        command.SetAction(parse =>
        {
            var prepared = Inputs.ForTender(parse.GetValue(tender)!, parse.GetValue(catalog), parse.GetValue(language), console.Error);
            var folder = parse.GetValue(responses)!;
            var forms = ResponseFolder.Files(folder);
            var scoresFile = parse.GetValue(scores) is { } path ? ResponseFolder.ScoresFile(path) : null;
            var evaluated = EvaluationWorkflow.Evaluate(prepared, forms, scoresFile, folder);
            var outcome = evaluated.Value ?? throw new CliFailureException(evaluated.Problems, evaluated.Summary);
            var written = new OutputFolder(parse.GetValue(output)!, parse.GetValue(force)).InParallel()
                .Add(outcome.Documents)
                .Commit();
            foreach (var note in outcome.Notes)
            {
                console.Error.WriteLine(note);
            }

            foreach (var problem in outcome.Result.Rejected.SelectMany(r => r.Problems))
            {
                console.Error.WriteLine(problem);
            }

            console.Out.Write(RankingTable.Render(outcome.Result, prepared.Language));
            foreach (var file in written)
            {
                console.Out.WriteLine($"wrote {file}");
            }

            return 0;
        });
        return command;
    }
}
