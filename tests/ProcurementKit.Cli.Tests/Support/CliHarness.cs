using ProcurementKit.Cli;

namespace ProcurementKit.Tests.Support;

/// <summary>What one CLI invocation returned and printed.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the CLI in-process with captured output, and finds the repository's examples and catalog.</summary>
internal static class CliHarness
{
    public static string Root { get; } = FindRoot();

    public static string Example(string name) => Path.Combine(Root, "examples", name);

    public static string Catalog => Path.Combine(Root, "requirements-catalog");

    public static CliResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static string TempFolder() => Directory.CreateTempSubdirectory("pk-cli-").FullName;

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ProcurementKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ProcurementKit.sln not found above the test folder");
    }
}
