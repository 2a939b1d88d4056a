using System.IO.Compression;

namespace ProcurementKit.Fuzz.Mutations;

/// <summary>A package's entries in order, read and written again as a fresh zip.</summary>
internal static class ZipEntries
{
    /// <summary>The entries, or null when the bytes are no readable zip (a byte mutation came first).</summary>
    public static List<(string Name, byte[] Content)>? Read(byte[] package)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
            return [.. zip.Entries.Select(e => (e.FullName, ReadAll(e)))];
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    public static byte[] Write(IEnumerable<(string Name, byte[] Content)> entries)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Replaces one entry's content chosen by index among the entries the filter accepts.</summary>
    public static byte[] Change(byte[] package, Func<string, bool> which, int index, Func<byte[], byte[]?> change)
    {
        if (Read(package) is not { } entries)
        {
            return package;
        }

        var candidates = entries.Select((e, i) => (e.Name, i)).Where(e => which(e.Name)).Select(e => e.i).ToList();
        if (candidates.Count == 0)
        {
            return package;
        }

        var at = candidates[(int)((uint)index % (uint)candidates.Count)];
        if (change(entries[at].Content) is not { } changed)
        {
            return package;
        }

        entries[at] = (entries[at].Name, changed);
        return Write(entries);
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
