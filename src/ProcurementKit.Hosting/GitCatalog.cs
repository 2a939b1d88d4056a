using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Hosting;

/// <summary>
/// Reads a catalog folder as it was at a git revision (<c>v1.2:requirements-catalog</c>): the file list from
/// <c>git ls-tree</c>, each file from <c>git show REV:PATH</c>. Paths are relative to the repository root, as
/// in git's own REV:PATH syntax, wherever in the repository the command runs.
/// </summary>
public static class GitCatalog
{
    public static CatalogSource Read(string revision, string path, string workingDirectory)
    {
        var label = $"{revision}:{path}";
        var folder = path.Trim('/');
        var listing = Git(workingDirectory, label, "ls-tree", "-r", "-z", "--name-only", "--full-tree", revision, "--", folder);
        var files = listing.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Where(f => CatalogSource.IsCatalogFile(Relative(f, folder)))
            .Order(StringComparer.Ordinal)
            .Select(f => new CatalogFile(Relative(f, folder), Git(workingDirectory, label, "show", $"{revision}:{f}")))
            .ToList();
        if (files.Count == 0)
        {
            throw new CatalogReadException(HostDiagnostics.NoCatalogAtRevision(label, folder, revision));
        }

        return new CatalogSource(label, files);
    }

    private static string Relative(string file, string folder) =>
        folder.Length == 0 ? file : file[(folder.Length + 1)..];

    /// <summary>Runs git with arguments passed one by one (never through a shell) and returns its standard output.</summary>
    internal static string Git(string workingDirectory, string label, params string[] arguments)
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
                throw new CatalogReadException(HostDiagnostics.GitFailed(label, arguments[0], error.Result.Trim()));
            }

            return output;
        }
        catch (Win32Exception)
        {
            throw new CatalogReadException(HostDiagnostics.GitMissing(label));
        }
    }
}
