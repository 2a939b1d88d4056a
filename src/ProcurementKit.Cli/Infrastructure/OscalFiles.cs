using ProcurementKit.Diagnostics;
using ProcurementKit.Oscal;

namespace ProcurementKit.Cli.Infrastructure;

/// <summary>Opens OSCAL files named on the command line and hands them to the core's reader; problems stop the command.</summary>
public static class OscalFiles
{
    public static OscalCatalog Catalog(string path) => Read(path, OscalReader.ReadCatalog);

    public static OscalMapping Mapping(string path) => Read(path, OscalReader.ReadMapping);

    private static T Read<T>(string path, Func<Stream, string, OscalReadResult<T>> read)
        where T : class
    {
        if (!File.Exists(path))
        {
            throw new CliFailureException(OscalDiagnostics.FileNotFound(path));
        }

        using var stream = File.OpenRead(path);
        var result = read(stream, path);
        return result.Succeeded ? result.Value! : throw new CliFailureException(result.Problems);
    }
}
