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
        var command = new Command("coverage", "Traceability matrix: for each item of CRA Annex I, ETSI EN 303 645, NISTIR 8259A and the Grundschutz++ supply-chain controls, the clauses that cover it.")
        {
            tender, catalog, language, json,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(tender);
            CoverageMatrix matrix;
            Language lang;
            if (path is null)
            {
                matrix = CoverageMatrix.ForCatalog(Inputs.Catalog(parse.GetValue(catalog)));
                lang = Inputs.LanguageOr(parse.GetValue(language), Language.German);
            }
            else
            {
                var prepared = Inputs.ForTender(path, parse.GetValue(catalog), parse.GetValue(language), console.Error);
                matrix = CoverageMatrix.ForSelection(prepared.Selection);
                lang = prepared.Language;
            }

            console.Out.Write(parse.GetValue(json) ? CoverageReport.Json(matrix, lang) + "\n" : CoverageReport.Text(matrix, lang));
            return 0;
        });
        return command;
    }
}
