using ProcurementKit.Diagnostics;
using ProcurementKit.Workflow;

namespace ProcurementKit.Cli.Infrastructure;

/// <summary>Hands every file of the responses folder to the evaluation workflow, which decides what counts as a returned form.</summary>
public static class ResponseFolder
{
    public static IReadOnlyList<UploadedFile> Files(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new CliFailureException(HostDiagnostics.ResponsesFolderMissing(folder));
        }

        return [.. Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(Open)];
    }

    /// <summary>A file given by path (the --scores workbook), or a clear error when it is not there.</summary>
    public static UploadedFile ScoresFile(string path) =>
        File.Exists(path) ? Open(path) : throw new CliFailureException(HostDiagnostics.ScoresFileMissing(path));

    private static UploadedFile Open(string path) => new(path, () => File.OpenRead(path));
}
