using System.CommandLine;
using ProcurementKit.Catalog;
using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Coverage;
using ProcurementKit.Oscal;
using ProcurementKit.Workflow;

namespace ProcurementKit.Cli.Commands;

/// <summary>`coverage`: which clauses implement each registered standard item (or each control of an OSCAL catalog), and what nothing covers.</summary>
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
        var standard = new Option<string?>("--standard")
        {
            Description = "An OSCAL catalog (JSON), e.g. the BSI's Supply Chain Security catalog: report each of its controls instead of the registered standards",
            HelpName = "FILE.json",
        };
        var mappings = new Option<string[]>("--mapping")
        {
            Description = "An OSCAL mapping (JSON) whose targets are controls of --standard: a clause that cites a mapped source item covers the target (repeatable)",
            HelpName = "FILE.json",
            AllowMultipleArgumentsPerToken = false,
        };
        var citedAs = new Option<string?>("--cited-as")
        {
            Description = "The standard name under which clauses cite the --standard controls (default: detected, e.g. Grundschutz++)",
            HelpName = "NAME",
        };
        var command = new Command("coverage", "Traceability matrix: for each item of CRA Annex I, ETSI EN 303 645, NISTIR 8259A and the Grundschutz++ supply-chain controls — or of any OSCAL catalog given with --standard — the clauses that cover it.")
        {
            tender, catalog, language, json, standard, mappings, citedAs,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(tender);
            var prepared = path is null ? null : Inputs.ForTender(path, parse.GetValue(catalog), parse.GetValue(language), console.Error);
            var loaded = prepared?.Catalog ?? Inputs.Catalog(parse.GetValue(catalog));
            var lang = prepared?.Language ?? Inputs.LanguageOr(parse.GetValue(language), Language.German);
            if (parse.GetValue(standard) is { } oscal)
            {
                var read = OscalFiles.Catalog(oscal);
                var maps = (parse.GetValue(mappings) ?? []).Select(OscalFiles.Mapping).ToList();
                var coverage = OscalWorkflow.Coverage(loaded, prepared?.Selection, read, maps, parse.GetValue(citedAs));
                foreach (var note in coverage.Problems)
                {
                    console.Error.WriteLine(note);
                }

                console.Out.Write(parse.GetValue(json) ? OscalCoverageReport.Json(coverage.Value!) + "\n" : OscalCoverageReport.Text(coverage.Value!, lang));
                return 0;
            }

            var matrix = prepared is null ? CoverageMatrix.ForCatalog(loaded) : CoverageMatrix.ForSelection(prepared.Selection);
            console.Out.Write(parse.GetValue(json) ? CoverageReport.Json(matrix, lang) + "\n" : CoverageReport.Text(matrix, lang));
            return 0;
        });
        return command;
    }
}
