using ProcurementKit.Cli;

namespace ProcurementKit.Tests.Support;

/// <summary>Runs the CLI in memory, as CommandAppTester does: exit code, standard output and error.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with <paramref name="input"/> as standard input, as a pipe or a terminal session would feed it.</summary>
    public static CliRun WithInput(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error, new StringReader(input));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}

/// <summary>Paths in the repository and a scratch folder per test.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Catalog => Path.Combine(Root, "requirements-catalog");

    public static string Example(string name) => Path.Combine(Root, "examples", name + ".json");

    public static string TempDir() => Directory.CreateTempSubdirectory("pk-cli-").FullName;

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ProcurementKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ProcurementKit.sln not found");
    }
}
