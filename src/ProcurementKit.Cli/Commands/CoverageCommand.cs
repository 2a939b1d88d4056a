using System.CommandLine;
using ProcurementKit.Catalog;
using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Coverage;

namespace ProcurementKit.Cli.Commands;

/// <summary>`coverage`: which clauses implement each registered standard item, and what nothing covers.</summary>
public static class CoverageCommand
{
    public static Command Create(CliConsole console)
    {
        var tender = new Argument<string?>("tender")
        {
            Description = "Optional tender (JSON): show what its selected requirements cover instead of the whole catalog",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var catalog = CommonOptions.Catalog();
        var language = CommonOptions.Language();
        var json = CommonOptions.Json();
        var command = new Command("coverage", "Traceability matrix: for each item of CRA Annex I, ETSI EN 303 645 and NISTIR 8259A, the clauses that cover it.")
        {
            tender, catalog, language, json,
        };
        command.SetAction(parse =>
        {
            var loaded = Inputs.Catalog(parse.GetValue(catalog), console);
            var path = parse.GetValue(tender);
            CoverageMatrix matrix;
            var lang = Language.German;
            if (path is null)
            {
                matrix = CoverageMatrix.ForCatalog(loaded);
            }
            else
            {
                var read = Inputs.Tender(path, loaded);
                lang = read.Language;
                matrix = CoverageMatrix.ForSelection(Inputs.Selection(loaded, read, path));
            }

            lang = Inputs.LanguageOr(parse.GetValue(language), lang);
            console.Out.Write(parse.GetValue(json) ? CoverageReport.Json(matrix, lang) + "\n" : CoverageReport.Text(matrix, lang));
            return 0;
        });
        return command;
    }
}
