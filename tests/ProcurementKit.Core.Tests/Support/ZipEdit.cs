using System.IO.Compression;
using System.Text;

namespace ProcurementKit.Tests.Support;

/// <summary>Rewrites a package's zip entries directly, to build the hostile files a bidder could send.</summary>
internal static class ZipEdit
{
    public static byte[] Put(byte[] package, string name, string content) => Put(package, name, Encoding.UTF8.GetBytes(content));

    public static byte[] Put(byte[] package, string name, byte[] content) => Rewrite(package, zip =>
    {
        zip.GetEntry(name)?.Delete();
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(content);
    });

    public static byte[] Replace(byte[] package, string name, Func<string, string> change) => Rewrite(package, zip =>
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidOperationException($"{name} not in package");
        string text;
        using (var reader = new StreamReader(entry.Open()))
        {
            text = reader.ReadToEnd();
        }

        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(change(text));
    });

    /// <summary>Changes the text of every entry whose name matches, e.g. all XML parts.</summary>
    public static byte[] ReplaceAll(byte[] package, Func<string, bool> which, Func<string, string> change) =>
        Names(package).Where(which).Aggregate(package, (bytes, name) => Replace(bytes, name, change));

    public static byte[] Remove(byte[] package, Func<string, bool> which) => Rewrite(package, zip =>
    {
        foreach (var entry in zip.Entries.Where(e => which(e.FullName)).ToList())
        {
            entry.Delete();
        }
    });

    public static IReadOnlyList<string> Names(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    public static string Read(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static byte[] Rewrite(byte[] package, Action<ZipArchive> change)
    {
        var buffer = new MemoryStream();
        buffer.Write(package);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            change(zip);
        }

        return buffer.ToArray();
    }
}
