using ProcurementKit.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ProcurementKit.Evaluation.Forms;

/// <summary>
/// Checks the bytes of a returned workbook before anything parses it: encrypted or legacy files, zip
/// bombs (entry count, declared and actual uncompressed sizes, compression ratio), macros, external
/// links and embedded objects. Only a package that passes is handed to the Open XML SDK.
/// </summary>
public static class PackageInspector
{
    private static readonly byte[] s_ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] s_zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] s_encryptionInfo = Encoding.Unicode.GetBytes("EncryptionInfo");

    public static IReadOnlyList<Diagnostic> Inspect(byte[] bytes, string file, PackageLimits limits)
    {
        if (bytes.AsSpan().StartsWith(s_ole))
        {
            // Excel stores a password-protected .xlsx as an OLE compound file whose directory names an
            // EncryptionInfo stream in UTF-16; the bytes are searched as they are, without a decoded copy.
            return [bytes.AsSpan().IndexOf(s_encryptionInfo) >= 0
                ? FormProblems.Encrypted(file)
                : FormProblems.LegacyXls(file)];
        }

        if (!bytes.AsSpan().StartsWith(s_zip))
        {
            return [FormProblems.NotXlsx(file, bytes.Length == 0 ? "the file is empty" : "it is not a zip package")];
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return CheckSizes(zip, file, limits) is { } bomb ? [bomb] : CheckContent(zip, file, limits);
        }
        catch (InvalidDataException e)
        {
            return [FormProblems.NotXlsx(file, $"damaged zip package: {e.Message}")];
        }
    }

    private static Diagnostic? CheckSizes(ZipArchive zip, string file, PackageLimits limits)
    {
        if (zip.Entries.Count > limits.MaxEntries)
        {
            return FormProblems.ZipBomb(file, $"{zip.Entries.Count} entries, at most {limits.MaxEntries} expected");
        }

        long total = 0;
        var buffer = new byte[81920]; // one for all entries: a form has a dozen, a hostile file up to MaxEntries
        foreach (var entry in zip.Entries)
        {
            if (entry.Length > limits.MaxEntryBytes)
            {
                return FormProblems.ZipBomb(file, $"entry {entry.FullName} unpacks to {entry.Length} bytes");
            }

            if (entry.Length > PackageLimits.RatioThresholdBytes && entry.Length / Math.Max(1, entry.CompressedLength) > limits.MaxRatio)
            {
                return FormProblems.ZipBomb(file, $"entry {entry.FullName} is compressed {entry.Length / Math.Max(1, entry.CompressedLength)}:1");
            }

            // The sizes above are what the package claims; count what really comes out, and stop at the limit.
            var actual = UnpackedLength(entry, limits.MaxEntryBytes + 1, buffer);
            if (actual > limits.MaxEntryBytes || actual > Math.Max(entry.Length, 0) + 4096)
            {
                return FormProblems.ZipBomb(file, $"entry {entry.FullName} unpacks to more than it declares");
            }

            total += actual;
            if (total > limits.MaxTotalBytes)
            {
                return FormProblems.ZipBomb(file, $"the entries unpack to more than {limits.MaxTotalBytes} bytes");
            }
        }

        return null;
    }

    private static long UnpackedLength(ZipArchiveEntry entry, long stopAt, byte[] buffer)
    {
        using var stream = entry.Open();
        long count = 0;
        int read;
        while (count < stopAt && (read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            count += read;
        }

        return count;
    }

    private static List<Diagnostic> CheckContent(ZipArchive zip, string file, PackageLimits limits)
    {
        var problems = new List<Diagnostic>();
        var names = zip.Entries.Select(e => e.FullName).ToList();
        var types = zip.GetEntry("[Content_Types].xml") is { } entry ? ReadText(entry) : string.Empty;
        if (names.FirstOrDefault(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)) is { } vba)
        {
            problems.Add(FormProblems.Macros(file, vba));
        }
        else if (types.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || types.Contains("vbaProject", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(FormProblems.Macros(file, "macro-enabled content type"));
        }

        if (names.FirstOrDefault(n => n.StartsWith("xl/externalLinks/", StringComparison.OrdinalIgnoreCase)) is { } link)
        {
            problems.Add(FormProblems.ExternalContent(file, link));
        }
        else if (names.FirstOrDefault(n => n.Equals("xl/connections.xml", StringComparison.OrdinalIgnoreCase)) is { } connections)
        {
            problems.Add(FormProblems.ExternalContent(file, $"{connections}: data connections"));
        }
        else if (ExternalRelationship(zip, file, limits) is { } external)
        {
            problems.Add(external);
        }

        if (names.FirstOrDefault(n => n.StartsWith("xl/activeX/", StringComparison.OrdinalIgnoreCase) || n.StartsWith("xl/embeddings/", StringComparison.OrdinalIgnoreCase)) is { } embedded)
        {
            problems.Add(FormProblems.EmbeddedObjects(file, embedded));
        }

        return problems;
    }

    /// <summary>A relationship that points outside the package, other than a plain hyperlink in a cell, or a .rels part that is no XML.</summary>
    private static Diagnostic? ExternalRelationship(ZipArchive zip, string file, PackageLimits limits)
    {
        foreach (var rels in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            try
            {
                if (RelationshipsPart.HasExternal(rels.Open(), limits.MaxEntryBytes))
                {
                    return FormProblems.ExternalContent(file, $"{rels.FullName}: external relationship");
                }
            }
            catch (XmlException e)
            {
                return FormProblems.NotXlsx(file, $"{rels.FullName} is not well-formed XML: {e.Message}");
            }
        }

        return null;
    }

    private static string ReadText(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
