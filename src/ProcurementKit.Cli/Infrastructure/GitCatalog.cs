using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using ProcurementKit.Catalog;

namespace ProcurementKit.Cli.Infrastructure;

/// <summary>
/// Reads a catalog folder as it was at a git revision (<c>v1.2:requirements-catalog</c>): the file list from
/// <c>git ls-tree</c>, each file from <c>git show REV:PATH</c>. Paths are relative to the repository root, as
/// in git's own REV:PATH syntax, wherever in the repository the command runs.
/// </summary>
public static class GitCatalog
{
    private static readonly string[] s_extensions = [".yaml", ".yml", ".md"];

    public static CatalogSource Read(string revision, string path, string workingDirectory)
    {
        var label = $"{revision}:{path}";
        var folder = path.Trim('/');
        var listing = Git(workingDirectory, label, "ls-tree", "-r", "-z", "--name-only", "--full-tree", revision, "--", folder);
        var files = listing.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Where(f => s_extensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal)
            .Select(f => new CatalogFile(Relative(f, folder), Git(workingDirectory, label, "show", $"{revision}:{f}")))
            .ToList();
        if (files.Count == 0)
        {
            throw new CliFailureException($"{label}: error PK0003: no catalog files under '{folder}' at revision '{revision}'; give the catalog folder as it is named in the repository, e.g. {revision}:requirements-catalog");
        }

        return new CatalogSource(label, files);
    }

    private static string Relative(string file, string folder) =>
        folder.Length == 0 ? file : file[(folder.Length + 1)..];

    private static string Git(string workingDirectory, string label, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new CliFailureException($"{label}: error PK0410: git {arguments[0]} failed: {error.Result.Trim()}");
            }

            return output;
        }
        catch (Win32Exception)
        {
            throw new CliFailureException($"{label}: error PK0410: git is not installed or not on PATH; check out the revision and pass its catalog folder instead");
        }
    }
}
