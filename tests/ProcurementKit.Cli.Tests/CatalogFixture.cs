using System.Diagnostics;
using ProcurementKit.Catalog;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests;

/// <summary>Test catalogs on disk: plain folders, and a git repository with a tagged and an edited release.</summary>
internal static class CatalogFixture
{
    /// <summary>Writes the test catalog with the given clauses into a new folder below <paramref name="parent"/> (or a temp folder).</summary>
    public static string Folder(string[] clauses, string? parent = null, string name = "catalog")
    {
        var root = Path.Combine(parent ?? Directory.CreateTempSubdirectory("pk-cat-").FullName, name);
        Write(root, TestCatalog.WithClauses(clauses));
        return root;
    }

    public static void Write(string root, CatalogSource source)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        foreach (var file in source.Files)
        {
            var path = Path.Combine(root, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }
    }

    /// <summary>A repository whose catalog folder is <c>requirements</c>: release tagged v1, then a commit with <paramref name="edited"/>.</summary>
    public static string Repository(string[] release, string[] edited)
    {
        var repo = Directory.CreateTempSubdirectory("pk-git-").FullName;
        Git(repo, "init", "-q", "-b", "main");
        Folder(release, repo, "requirements");
        Git(repo, "add", "-A");
        Git(repo, "commit", "-q", "-m", "release 1");
        Git(repo, "tag", "v1");
        Folder(edited, repo, "requirements");
        Git(repo, "add", "-A");
        Git(repo, "commit", "-q", "-m", "edits");
        return repo;
    }

    public static void Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, error);
    }
}
