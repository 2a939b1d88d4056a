namespace ProcurementKit.Tests;

/// <summary>Runs the CLI in-process with captured output, as a user would call it.</summary>
internal static class CliRunner
{
    public sealed record Run(int ExitCode, string Out, string Error);

    public static Run Invoke(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ProcurementKit.Cli.CliApp.Run(args, output, error);
        return new Run(code, output.ToString(), error.ToString());
    }
}
