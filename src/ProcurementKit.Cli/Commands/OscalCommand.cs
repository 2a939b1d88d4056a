using System.CommandLine;
using ProcurementKit.Catalog;
using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Oscal;
using ProcurementKit.Workflow;

namespace ProcurementKit.Cli.Commands;

/// <summary>`oscal catalog|profile|mapping`: the catalog, a tender's selection and the Grundschutz++ mapping as OSCAL 1.2.1 JSON.</summary>
public static class OscalCommand
{
    public static Command Create(CliConsole console) =>
        new("oscal", "Write OSCAL 1.2.1 JSON (NIST's format for control catalogs, which ISMS and compliance tools read). See docs/oscal.md.")
        {
            CatalogCommand(console), ProfileCommand(console), MappingCommand(console),
        };

    private static Command CatalogCommand(CliConsole console)
    {
        var (output, catalog, language, force) = (Output(), CommonOptions.Catalog(), CatalogLanguage(), CommonOptions.Force());
        var command = new Command("catalog",
            "Write the clause catalog as an OSCAL catalog: a group per topic, a control per clause (id upd-01 for UPD-01), parameters with unit, bounds and defaults per level, obligation per level, evidence, rationale and references.")
        {
            output, catalog, language, force,
        };
        command.SetAction(parse =>
        {
            var loaded = Inputs.Catalog(parse.GetValue(catalog));
            var lang = Inputs.LanguageOr(parse.GetValue(language), Language.German);
            var written = Write(parse.GetValue(output)!, parse.GetValue(force), OscalWorkflow.Catalog(loaded, lang));
            console.Out.WriteLine($"wrote {written}");
            console.Out.WriteLine($"{loaded.Clauses.Count} controls of catalog {loaded.Info.Version} ({loaded.ShortHash}), OSCAL {OscalNames.Version}");
            return 0;
        });
        return command;
    }

    private static Command ProfileCommand(CliConsole console)
    {
        var (tender, output, catalog, language, force) = (CommonOptions.TenderFile(), Output(), CommonOptions.Catalog(), CommonOptions.Language(), CommonOptions.Force());
        var resolved = new Option<bool>("--resolved")
        {
            Description = "Write the resolved profile catalog instead: exactly the selected requirements, self-contained, with the parameter values the annex prints",
        };
        var href = new Option<string>("--catalog-href")
        {
            Description = $"How the profile names the catalog it imports (default: {OscalNames.CatalogFileName}, the file 'oscal catalog --out' should write beside it)",
            HelpName = "HREF",
            DefaultValueFactory = _ => OscalNames.CatalogFileName,
        };
        var command = new Command("profile",
            "Write a tender's selection as an OSCAL profile of the catalog: the selected controls, the resolved parameter values and per control obligation (A/B), weight, lots and reason.")
        {
            tender, output, resolved, href, catalog, language, force,
        };
        command.SetAction(parse =>
        {
            var prepared = Inputs.ForTender(parse.GetValue(tender)!, parse.GetValue(catalog), parse.GetValue(language), console.Error);
            var written = Write(parse.GetValue(output)!, parse.GetValue(force), OscalWorkflow.Profile(prepared, parse.GetValue(resolved), parse.GetValue(href)!));
            console.Out.WriteLine($"wrote {written}");
            console.Out.WriteLine($"{prepared.Selection.Requirements.Count} requirements of tender {prepared.Tender.Reference}");
            return 0;
        });
        return command;
    }

    private static Command MappingCommand(CliConsole console)
    {
        var (output, catalog, language, force) = (Output(), CommonOptions.Catalog(), CatalogLanguage(), CommonOptions.Force());
        var command = new Command("mapping",
            "Write an OSCAL mapping from the clause catalog to Grundschutz++: one relationship per clause and cited control, generated from the clauses' references.")
        {
            output, catalog, language, force,
        };
        command.SetAction(parse =>
        {
            var loaded = Inputs.Catalog(parse.GetValue(catalog));
            var lang = Inputs.LanguageOr(parse.GetValue(language), Language.German);
            var written = Write(parse.GetValue(output)!, parse.GetValue(force), OscalWorkflow.Mapping(loaded, lang));
            console.Out.WriteLine($"wrote {written}");
            console.Out.WriteLine($"{OscalMappingWriter.Pairs(loaded).Count} clause-control pairs to Grundschutz++");
            return 0;
        });
        return command;
    }

    private static string Write(string path, bool force, WorkflowResult<byte[]> document)
    {
        var bytes = document.Value ?? throw new CliFailureException(document.Problems, document.Summary);
        return DocumentFile.Write(path, force, stream => stream.Write(bytes), ".json");
    }

    private static Option<string> Output() => new("--out") { Description = "The OSCAL JSON file to write", HelpName = "FILE.json", Required = true };

    private static Option<string?> CatalogLanguage() => new("--lang")
    {
        Description = "Language of titles and texts: de or en (default: de)",
        HelpName = "de|en",
    };
}
