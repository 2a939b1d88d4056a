using ProcurementKit.Diagnostics;

namespace ProcurementKit.Cli.Infrastructure;

/// <summary>Writes a single output document (e.g. --out review.docx) through <see cref="OutputFolder"/>: all or nothing, --force to replace.</summary>
public static class DocumentFile
{
    public static string Write(string path, bool force, Action<Stream> write, string extension = ".docx") =>
        WriteAll(path, force, folder => folder.Add(Path.GetFileName(path), write), extension).Single();

    /// <summary>The document named by <paramref name="path"/> and what goes beside it (its PDF), all or nothing.</summary>
    public static IReadOnlyList<string> WriteAll(string path, bool force, Func<OutputFolder, OutputFolder> fill, string extension = ".docx")
    {
        if (!path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            throw new CliFailureException(HostDiagnostics.OutputNotOfKind(path, extension));
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return fill(new OutputFolder(directory, force)).Commit();
    }
}
