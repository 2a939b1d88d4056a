using System.IO.Compression;
using System.Text;
using ProcurementKit.Rendering.Packaging;
using ProcurementKit.Workflow;

namespace ProcurementKit.Web.Workbench;

/// <summary>
/// All documents of a tender and the tender.json in one zip: entries in the order the core composes them, then the
/// tender, each with the fixed timestamp of <see cref="DeterministicZip"/>, so the same tender gives the same bytes.
/// Each document is rendered into memory and copied into its entry before the next is rendered.
/// </summary>
public static class DocumentBundle
{
    public const string FileName = "tender-documents.zip";

    public const string MediaType = "application/zip";

    public static void Write(Stream output, IReadOnlyList<NamedDocument> documents, string tenderJson, CancellationToken cancellation)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var document in documents)
        {
            cancellation.ThrowIfCancellationRequested();

            // The writers get a seekable stream, as when they write a file; the entry gets exactly those bytes.
            using var buffer = new MemoryStream();
            document.Write(buffer, cancellation);
            using var entry = Entry(zip, document.Name);
            buffer.Position = 0;
            buffer.CopyTo(entry);
        }

        using var tender = Entry(zip, TenderDraft.FileName);
        tender.Write(Encoding.UTF8.GetBytes(tenderJson));
    }

    private static Stream Entry(ZipArchive zip, string name)
    {
        // Documents are zips themselves (docx, xlsx); compressing them again gains little and costs time.
        var level = name.EndsWith(".json", StringComparison.Ordinal) ? CompressionLevel.Optimal : CompressionLevel.NoCompression;
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = DeterministicZip.FixedTime;
        return entry.Open();
    }
}
