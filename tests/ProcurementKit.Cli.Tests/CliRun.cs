using ProcurementKit.Cli;

namespace ProcurementKit.Tests;

/// <summary>Runs the command line in memory and captures what it prints.</summary>
internal sealed record CliRun(int Exit, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
