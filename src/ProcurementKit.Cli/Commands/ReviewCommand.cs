using System.CommandLine;
using ProcurementKit.Catalog;
using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Workflow;

namespace ProcurementKit.Cli.Commands;

/// <summary>`review`: the whole clause library as a Word document for the legal review.</summary>
public static class ReviewCommand
{
    public static Command Create(CliConsole console)
    {
        var catalog = CommonOptions.Catalog();
        var output = new Option<string>("--out") { Description = "The review document to write", HelpName = "FILE.docx", Required = true };
        var language = new Option<string?>("--lang")
        {
            Description = "Text language: de, en, or both (German and English side by side); default: de",
            HelpName = "de|en|both",
        };
        var force = CommonOptions.Force();
        var pdf = CommonOptions.Pdf();
        var soffice = CommonOptions.Soffice();
        var command = new Command("review", "Write the clause library as a Word document for legal review: summary, then every clause with status, approval, levels, parameters, text, evidence and rationale.")
        {
            catalog, output, language, pdf, soffice, force,
        };
        command.SetAction(parse =>
        {
            var loaded = Inputs.Catalog(parse.GetValue(catalog));
            var code = parse.GetValue(language);
            var both = code == "both";
            var lang = both ? Language.German : Inputs.LanguageOr(code, Language.German);
            var path = parse.GetValue(output)!;
            var review = ReviewWorkflow.Review(loaded, lang, both, Path.GetFileName(path));
            var written = parse.GetValue(pdf)
                ? DocumentFile.WriteAll(path, parse.GetValue(force), folder => folder.AddPrinted([review], parse.GetValue(soffice), console.Error))
                : DocumentFile.WriteAll(path, parse.GetValue(force), folder => folder.Add([review]));
            foreach (var file in written)
            {
                console.Out.WriteLine($"wrote {file}");
            }

            console.Out.WriteLine($"{loaded.Clauses.Count} clauses of catalog {loaded.Info.Version} ({loaded.ShortHash})");
            return 0;
        });
        return command;
    }
}
