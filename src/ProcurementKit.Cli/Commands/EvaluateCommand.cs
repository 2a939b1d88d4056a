using System.CommandLine;
using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Evaluation;
using ProcurementKit.Evaluation.Forms;
using ProcurementKit.Rendering.EvaluationReport;
using ProcurementKit.Rendering.Excel.EvaluationWorkbook;
using ProcurementKit.Selection;

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
            var (_, _, selection, lang) = Inputs.ForTender(parse.GetValue(tender)!, parse.GetValue(catalog), parse.GetValue(language), console);
            var forms = ResponseFolder.Read(parse.GetValue(responses)!, selection, console);
            var given = ReadScores(parse.GetValue(scores), selection, forms, console);
            var result = OfferEvaluator.Evaluate(selection, forms.Responses, given, forms.Rejected);
            var written = new OutputFolder(parse.GetValue(output)!, parse.GetValue(force)).InParallel()
                .Add("evaluation.xlsx", stream => EvaluationWorkbookWriter.Write(stream, result, lang))
                .Add("evaluation.json", stream => EvaluationJsonWriter.Write(stream, result, lang))
                .Add("evaluation-report.docx", stream => EvaluationReportWriter.Write(stream, result, lang))
                .Commit();
            foreach (var problem in result.Rejected.SelectMany(r => r.Problems))
            {
                console.Error.WriteLine(problem);
            }

            console.Out.Write(RankingTable.Render(result, lang));
            foreach (var file in written)
            {
                console.Out.WriteLine($"wrote {file}");
            }

            return 0;
        });
        return command;
    }

    private static EvaluatorScores ReadScores(string? path, TenderSelection selection, ResponseSet forms, CliConsole console)
    {
        if (path is null)
        {
            return EvaluatorScores.None;
        }

        if (!File.Exists(path))
        {
            throw new CliFailureException($"{path}: error PK0600: scores file not found; pass the evaluation.xlsx an earlier run wrote");
        }

        ScoresReadResult result;
        using (var stream = File.OpenRead(path))
        {
            result = EvaluatorScoresReader.Read(stream, path, selection);
        }

        if (!result.Succeeded)
        {
            throw new CliFailureException(result.Problems.Select(p => p.ToString()).Append($"{path}: the evaluator's points were not taken over; fix the cells above and run again"));
        }

        foreach (var bidder in result.Scores.ByBidder.Where(b => b.Value.Count > 0).Select(b => b.Key).Where(b => forms.Responses.All(r => r.Bidder != b)))
        {
            console.Error.WriteLine($"{path}: warning: points for '{bidder}' were not used; no evaluated form names this bidder");
        }

        return result.Scores;
    }
}
