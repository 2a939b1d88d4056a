using System.Diagnostics;
using System.IO.Compression;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Web.Tests.Support;

/// <summary>
/// A temporary git repository holding the shipped catalog in two commits: the second inserts a word into one
/// clause's German text and is tagged, as a catalog release would be. Also zips catalog folders for upload.
/// </summary>
internal sealed class CatalogRepository : IDisposable
{
    public const string ChangedClause = "UPD-01";
    public const string InsertedWord = "nachweislich";

    public CatalogRepository()
    {
        Root = Directory.CreateTempSubdirectory("pk-web-catalog-").FullName;
        Copy(RepositoryPaths.Catalog, Catalog);
        Git("init", "--quiet", "--initial-branch=main");
        Git("add", "--all");
        Git("commit", "--quiet", "-m", "Katalog 1.0");
        Git("tag", "v1.0");
        InsertWord(Catalog);
        Git("commit", "--quiet", "--all", "-m", $"{ChangedClause}: '{InsertedWord}' ergänzt");
        Git("tag", "v1.1");
    }

    public string Root { get; }

    /// <summary>The catalog folder inside the repository, as --catalog names it.</summary>
    public string Catalog => Path.Combine(Root, "requirements-catalog");

    public string Commit(string revision) => Git("rev-parse", revision).Trim();

    /// <summary>Puts the word after the first "muss" of the clause's German text.</summary>
    public static void InsertWord(string catalog)
    {
        var file = Directory.GetFiles(Path.Combine(catalog, "clauses"), $"{ChangedClause}.md", SearchOption.AllDirectories).Single();
        var text = File.ReadAllText(file);
        var at = text.IndexOf(" muss ", text.IndexOf("# de", StringComparison.Ordinal), StringComparison.Ordinal) + " muss ".Length;
        File.WriteAllText(file, text[..at] + InsertedWord + " " + text[at..]);
    }

    /// <summary>The shipped catalog as a zip with one folder on top, as a packer makes it; <paramref name="change"/> edits the copy first.</summary>
    public static byte[] Zipped(Action<string>? change = null)
    {
        var folder = Directory.CreateTempSubdirectory("pk-web-zip-").FullName;
        try
        {
            var catalog = Path.Combine(folder, "katalog-2.0");
            Copy(RepositoryPaths.Catalog, catalog);
            change?.Invoke(catalog);
            using var buffer = new MemoryStream();
            ZipFile.CreateFromDirectory(folder, buffer, CompressionLevel.Fastest, includeBaseDirectory: false);
            return buffer.ToArray();
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, error);
        return output;
    }

    public void Dispose() => Directory.Delete(Root, true);
}
