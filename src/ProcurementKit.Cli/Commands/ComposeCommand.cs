using System.CommandLine;
using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Rendering.Excel.Matrix;
using ProcurementKit.Workflow;

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
            Description = "The municipality's Word template (.docx, .dotx, .docm, .dotm), or a folder with template.docx and/or " +
                "de/, en/ files that replace the shipped prose (tender-templates/). Its styles (by name), page, header and footer " +
                "are used. Its body is ignored unless it marks where the annex goes: a paragraph holding only {{annex}}, or a " +
                "content control (tag or title) or bookmark named procurementkit-annex; then what stands before the marker is kept " +
                "as the first pages and what follows it comes after the annex. {{title}}, {{reference}}, {{authority}} and {{date}} " +
                "are filled in. Macros are never kept: annex.docx is always a .docx. Check a template first with 'template check FILE'",
            HelpName = "FILE.docx|DIR",
        };
        var format = new Option<string>("--format")
        {
            Description = "docx (default) writes annex.docx; md also writes annex.md with the same content",
            HelpName = "docx|md",
            DefaultValueFactory = _ => "docx",
        };
        format.AcceptOnlyFromAmong("docx", "md");
        var offers = new Option<int>("--offers")
        {
            Description = "Offer blocks per lot in the blank evaluation-matrix.xlsx (evaluate writes one per returned form anyway)",
            HelpName = "N",
            DefaultValueFactory = _ => EvaluationMatrixWriter.DefaultOffers,
        };
        offers.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 200)
            {
                result.AddError("--offers must be a number from 1 to 200");
            }
        });
        var command = new Command("compose", "Write the tender annex (annex.docx, with --format md also annex.md), response-form.xlsx, evaluation-matrix.xlsx and selection.json into --out.")
        {
            tender, output, catalog, template, language, format, offers, force,
        };
        command.SetAction(parse =>
        {
            var prepared = Inputs.ForTender(parse.GetValue(tender)!, parse.GetValue(catalog), parse.GetValue(language), console.Error);
            var choice = AnnexTemplateFolder.Resolve(parse.GetValue(template), console.Error);
            var prose = AnnexTemplateFolder.Prose(prepared.Language, choice.ProseFolder);
            var written = new OutputFolder(parse.GetValue(output)!, parse.GetValue(force))
                .Add(TenderWorkflow.Compose(prepared, prose, choice.WordTemplate, markdown: parse.GetValue(format) == "md", matrixOffers: parse.GetValue(offers)))
                .Commit();
            foreach (var file in written)
            {
                console.Out.WriteLine($"wrote {file}");
            }

            var selection = prepared.Selection;
            console.Out.WriteLine($"{selection.Requirements.Count} requirements ({selection.KnockOut.Count()} A, {selection.Scored.Count()} B) from catalog {prepared.Catalog.Info.Version} ({prepared.Catalog.ShortHash})");
            return 0;
        });
        return command;
    }
}
