using System.IO.Compression;
using System.Text;
using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Web.Library;

/// <summary>
/// A catalog folder uploaded as a zip, read in memory: nothing is unpacked to disk, entry names are checked
/// (no absolute paths, no "..", no links), the number of entries and the bytes really unpacked are bounded,
/// and only the catalog's files (CatalogSource.IsCatalogFile) under the folder holding catalog.yaml are taken.
/// </summary>
public static class CatalogArchive
{
    public const long MaxArchiveBytes = 20L * 1024 * 1024;
    public const int MaxEntries = 20_000;
    public const long MaxUnpackedBytes = 100L * 1024 * 1024;
    public const long MaxFileBytes = 2L * 1024 * 1024;

    // Every kind of file a catalog can hold; which of them belong to it is decided once the root is known.
    private static readonly string[] s_extensions = [".yaml", ".yml", ".md", ".json"];

    public static CatalogSource? Read(Stream archive, string name, List<Diagnostic> problems)
    {
        var files = new List<(string Path, string Text)>();
        try
        {
            // The caller bounds the archive's size; in memory, a damaged directory record cannot seek outside it.
            using var copy = new MemoryStream();
            archive.CopyTo(copy);
            copy.Position = 0;
            using var zip = new ZipArchive(copy, ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                problems.Add(HostDiagnostics.CatalogZipTooLarge(name, $"{zip.Entries.Count} entries, at most {MaxEntries}"));
                return null;
            }

            long unpacked = 0;
            foreach (var entry in zip.Entries)
            {
                if (Refusal(entry) is { } why)
                {
                    problems.Add(HostDiagnostics.CatalogZipUnsafe(name, Printable(entry.FullName), why));
                    continue;
                }

                if (entry.FullName.EndsWith('/') || !s_extensions.Contains(Path.GetExtension(entry.FullName).ToLowerInvariant()))
                {
                    continue;
                }

                var text = ReadBounded(entry, ref unpacked);
                if (text is null)
                {
                    problems.Add(HostDiagnostics.CatalogZipTooLarge(name, unpacked > MaxUnpackedBytes
                        ? $"it unpacks to more than {MaxUnpackedBytes / 1024 / 1024} MB"
                        : $"{Printable(entry.FullName)} unpacks to more than {MaxFileBytes / 1024 / 1024} MB"));
                    return null;
                }

                files.Add((entry.FullName, text));
            }
        }
        catch (InvalidDataException e)
        {
            problems.Add(HostDiagnostics.CatalogZipUnreadable(name, e.Message));
            return null;
        }

        if (problems.Count > 0)
        {
            return null;
        }

        // The catalog's root is the shallowest folder holding catalog.yaml; files outside it are not part of it.
        var root = files.Select(f => f.Path).Where(p => p == "catalog.yaml" || p.EndsWith("/catalog.yaml", StringComparison.Ordinal))
            .OrderBy(p => p.Count(c => c == '/')).ThenBy(p => p, StringComparer.Ordinal).FirstOrDefault();
        if (root is null)
        {
            problems.Add(HostDiagnostics.CatalogZipWithoutCatalog(name));
            return null;
        }

        var prefix = root[..^"catalog.yaml".Length];
        return new CatalogSource(name, [.. files
            .Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal) && CatalogSource.IsCatalogFile(f.Path[prefix.Length..]))
            .Select(f => new CatalogFile(f.Path[prefix.Length..], f.Text))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)]);
    }

    /// <summary>Why an entry name is refused, or null: the names a zip-slip attack or a confused packer produces.</summary>
    private static string? Refusal(ZipArchiveEntry entry)
    {
        var path = entry.FullName;
        if (path.Length == 0 || path.Length > 400)
        {
            return "the name is empty or too long";
        }

        if (path.StartsWith('/') || path.Contains('\\', StringComparison.Ordinal) || (path.Length > 1 && path[1] == ':'))
        {
            return "an absolute path or a Windows path";
        }

        if (path.Split('/').Any(part => part is ".." or "."))
        {
            return "a path that leaves the archive's folder ('..')";
        }

        if (path.Any(char.IsControl))
        {
            return "control characters in the name";
        }

        // Unix symbolic links keep their type in the upper bits of the external attributes.
        const int linkType = 0xA000;
        return ((entry.ExternalAttributes >> 16) & 0xF000) == linkType ? "a symbolic link" : null;
    }

    /// <summary>The entry's text, counting the bytes really unpacked (a header may lie about the size); null past a limit.</summary>
    private static string? ReadBounded(ZipArchiveEntry entry, ref long unpacked)
    {
        using var input = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            unpacked += read;
            if (buffer.Length + read > MaxFileBytes || unpacked > MaxUnpackedBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return new UTF8Encoding(false, false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
    }

    private static string Printable(string name) => new([.. name.Take(200).Select(c => char.IsControl(c) ? '?' : c)]);
}
