using System.CommandLine;
using ProcurementKit.Catalog;
using ProcurementKit.Cli.Infrastructure;

namespace ProcurementKit.Cli.Commands;

/// <summary>`lint`: checks every catalog file and prints each problem with its position.</summary>
public static class LintCommand
{
    public static Command Create(CliConsole console)
    {
        var catalog = CommonOptions.Catalog();
        var command = new Command("lint", "Check the catalog: every problem as path:line:col: error|warning PKnnnn: message. Exit 1 on errors.")
        {
            catalog,
        };
        command.SetAction(parse => Run(parse.GetValue(catalog), console));
        return command;
    }

    private static int Run(string? folder, CliConsole console)
    {
        var source = CatalogFolder.Read(folder);
        var result = CatalogLoader.Load(source);
        foreach (var diagnostic in result.Diagnostics)
        {
            console.Out.WriteLine(diagnostic);
        }

        var catalog = result.Catalog;
        console.Out.WriteLine(
            $"{source.DisplayRoot}: {catalog.Clauses.Count} clauses, {catalog.Categories.Count} categories, {catalog.Topics.Count} topics, " +
            $"{catalog.Clauses.Sum(c => c.References.Count)} references; {result.ErrorCount} error(s), {result.WarningCount} warning(s)");
        return result.HasErrors ? 1 : 0;
    }
}
