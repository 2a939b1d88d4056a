using System.CommandLine;
using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Selection;

namespace ProcurementKit.Cli.Commands;

/// <summary>`explain`: prints why each clause is in or out for a tender.</summary>
public static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var tender = CommonOptions.TenderFile();
        var catalog = CommonOptions.Catalog();
        var language = CommonOptions.Language();
        var json = CommonOptions.Json();
        var command = new Command("explain", "Show the selection decision for a tender: id, included?, obligation (A or B+weight), lots, reason.")
        {
            tender, catalog, language, json,
        };
        command.SetAction(parse =>
        {
            var (_, _, selection, lang) = Inputs.ForTender(parse.GetValue(tender)!, parse.GetValue(catalog), parse.GetValue(language), console.Error);
            if (parse.GetValue(json))
            {
                using var stdout = new MemoryStream();
                SelectionJsonWriter.Write(stdout, selection, lang);
                console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
            }
            else
            {
                console.Out.Write(DecisionTable.Render(selection, lang));
            }

            return 0;
        });
        return command;
    }
}
