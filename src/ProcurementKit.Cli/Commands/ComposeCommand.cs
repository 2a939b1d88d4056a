using System.CommandLine;
using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Rendering.Excel.Matrix;
using ProcurementKit.Rendering.Excel.ResponseForm;
using ProcurementKit.Selection;

namespace ProcurementKit.Cli.Commands;

/// <summary>`compose`: writes the tender documents for a tender into an output folder.</summary>
public static class ComposeCommand
{
    public static Command Create(CliConsole console)
    {
        var tender = CommonOptions.TenderFile();
        var catalog = CommonOptions.Catalog();
        var language = CommonOptions.Language();
        var force = CommonOptions.Force();
        var output = new Option<string>("--out") { Description = "Output folder", HelpName = "DIR", Required = true };
        var command = new Command("compose", "Write the tender documents (selection.json, response-form.xlsx, evaluation-matrix.xlsx, ...) for a tender into --out.")
        {
            tender, output, catalog, language, force,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(tender)!;
            var loaded = Inputs.Catalog(parse.GetValue(catalog), console);
            var read = Inputs.Tender(path, loaded);
            var selection = Inputs.Selection(loaded, read, path);
            var lang = Inputs.LanguageOr(parse.GetValue(language), read.Language);
            var written = new OutputFolder(parse.GetValue(output)!, parse.GetValue(force))
                .Add("selection.json", stream => SelectionJsonWriter.Write(stream, selection, lang))
                .Add("response-form.xlsx", stream => ResponseFormWriter.Write(stream, selection, lang))
                .Add("evaluation-matrix.xlsx", stream => EvaluationMatrixWriter.Write(stream, selection, lang))
                .Commit();
            foreach (var file in written)
            {
                console.Out.WriteLine($"wrote {file}");
            }

            console.Out.WriteLine($"{selection.Requirements.Count} requirements ({selection.KnockOut.Count()} A, {selection.Scored.Count()} B) from catalog {loaded.Info.Version} ({loaded.ShortHash})");
            return 0;
        });
        return command;
    }
}
