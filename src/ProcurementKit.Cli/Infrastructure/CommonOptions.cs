using System.CommandLine;

namespace ProcurementKit.Cli.Infrastructure;

/// <summary>Options several commands share, so they read the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<string?> Catalog() => new("--catalog")
    {
        Description = "Catalog folder (default: the catalog shipped with the tool)",
        HelpName = "DIR",
    };

    public static Option<string?> Language() => new("--lang")
    {
        Description = "Document language: de or en (default: the tender's language)",
        HelpName = "de|en",
    };

    public static Argument<string> TenderFile() => new("tender")
    {
        Description = "Tender description (JSON), e.g. examples/lorawan-network.json",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print machine-readable JSON instead of a table" };

    public static Option<bool> Force() => new("--force") { Description = "Replace existing output files" };
}
