using ProcurementKit.Diagnostics;

namespace ProcurementKit.Cli.Infrastructure;

/// <summary>Writes a single output document (e.g. --out review.docx) through <see cref="OutputFolder"/>: all or nothing, --force to replace.</summary>
public static class DocumentFile
{
    public static string Write(string path, bool force, Action<Stream> write, string extension = ".docx")
    {
        if (!path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            throw new CliFailureException(HostDiagnostics.OutputNotOfKind(path, extension));
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return new OutputFolder(directory, force).Add(Path.GetFileName(path), write).Commit().Single();
    }
}
