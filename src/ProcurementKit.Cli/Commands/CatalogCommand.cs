using System.CommandLine;
using ProcurementKit.Cli.Infrastructure;

namespace ProcurementKit.Cli.Commands;

/// <summary>`catalog hash`: the content hash that annexes and forms cite.</summary>
public static class CatalogCommand
{
    public static Command Create(CliConsole console)
    {
        var catalog = CommonOptions.Catalog();
        var hash = new Command("hash", "Print the catalog's version and SHA-256 content hash, as cited in annexes and forms.") { catalog };
        hash.SetAction(parse =>
        {
            var loaded = Inputs.Catalog(parse.GetValue(catalog));
            console.Out.WriteLine($"{loaded.Info.Version} {loaded.Sha256}");
            return 0;
        });
        return new Command("catalog", "Catalog release commands.") { hash };
    }
}
