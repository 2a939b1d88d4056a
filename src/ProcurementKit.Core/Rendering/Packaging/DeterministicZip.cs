using System.IO.Compression;

namespace ProcurementKit.Rendering.Packaging;

/// <summary>
/// Rewrites a package the Open XML SDK wrote (the Word documents) so the same content gives the same bytes:
/// every entry gets a fixed timestamp and the same compression, in the order the SDK wrote them. Reviewers
/// and the procurement file compare documents by hash. Workbooks need no rewriting: <c>XlsxPackage</c>
/// writes them with fixed timestamps in the first place.
/// </summary>
public static class DeterministicZip
{
    /// <summary>The earliest time a zip entry can carry; nothing of the clock leaks into the file.</summary>
    public static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const int ChunkSize = 64 * 1024;

    public static void Normalize(Stream package, Stream output)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var chunk = new byte[ChunkSize];
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = FixedTime;
            using var from = entry.Open();
            using var to = copy.Open();

            // The compressor's output depends on how its input is cut into writes, and a decompressing stream hands out
            // pieces of whatever size its input gave. Full chunks of a fixed size make the package a function of the
            // parts' content alone, however they were written (a body streamed or kept as a tree: the same file).
            int read;
            while ((read = from.ReadAtLeast(chunk, chunk.Length, throwOnEndOfStream: false)) > 0)
            {
                to.Write(chunk, 0, read);
            }
        }
    }
}
