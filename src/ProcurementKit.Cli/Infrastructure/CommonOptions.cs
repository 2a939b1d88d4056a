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

    public static Option<bool> Pdf() => new("--pdf")
    {
        Description = "Also write a PDF beside each Word document, laid out by LibreOffice (headless), with page numbers in the " +
            "contents; the .docx then carries the same numbers. Needs soffice and python3-uno; " +
            "PROCUREMENTKIT_SOFFICE_TIMEOUT limits each layout pass (seconds, default 300)",
    };

    public static Option<string?> Soffice() => new("--soffice")
    {
        Description = "LibreOffice's soffice for --pdf (default: PROCUREMENTKIT_SOFFICE, else soffice or libreoffice on PATH)",
        HelpName = "PATH",
    };

    public static Option<bool> Force() => new("--force") { Description = "Replace existing output files" };
}
