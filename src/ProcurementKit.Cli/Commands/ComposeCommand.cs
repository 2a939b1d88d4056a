using System.CommandLine;
using ProcurementKit.Catalog;
using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Rendering.Annex;
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
        var template = new Option<string?>("--template")
        {
            Description = "The municipality's Word template (.docx/.dotx: styles, header/footer, letterhead), or a folder " +
                "with template.docx and/or de/, en/ files that replace the shipped prose (tender-templates/)",
            HelpName = "FILE.docx|DIR",
        };
        var format = new Option<string>("--format")
        {
            Description = "docx (default) writes annex.docx; md also writes annex.md with the same content",
            HelpName = "docx|md",
            DefaultValueFactory = _ => "docx",
        };
        format.AcceptOnlyFromAmong("docx", "md");
        var command = new Command("compose", "Write the tender annex (annex.docx, with --format md also annex.md), response-form.xlsx, evaluation-matrix.xlsx and selection.json into --out.")
        {
            tender, output, catalog, template, language, format, force,
        };
        command.SetAction(parse =>
        {
            var (loaded, _, selection, lang) = Inputs.ForTender(parse.GetValue(tender)!, parse.GetValue(catalog), parse.GetValue(language), console);
            var files = new OutputFolder(parse.GetValue(output)!, parse.GetValue(force));
            AddAnnex(files, selection, lang, AnnexTemplateFolder.Resolve(parse.GetValue(template)), markdown: parse.GetValue(format) == "md");
            var written = files
                .Add("response-form.xlsx", stream => ResponseFormWriter.Write(stream, selection, lang))
                .Add("evaluation-matrix.xlsx", stream => EvaluationMatrixWriter.Write(stream, selection, lang))
                .Add("selection.json", stream => SelectionJsonWriter.Write(stream, selection, lang))
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

    /// <summary>
    /// The annex writers, in a method of their own: the composed annex is captured only by them, so it can be
    /// collected once they ran (OutputFolder drops them) instead of living on beside the workbooks.
    /// </summary>
    private static void AddAnnex(OutputFolder files, TenderSelection selection, Language language, AnnexTemplateChoice choice, bool markdown)
    {
        var annex = new AnnexDocument(selection, language, AnnexTemplateFolder.Prose(language, choice.ProseFolder));
        files.Add("annex.docx", stream => annex.GenerateWord(stream, choice.WordTemplate));
        if (markdown)
        {
            files.Add("annex.md", annex.GenerateMarkdown);
        }
    }
}
