using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ProcurementKit.Rendering.Packaging;

namespace ProcurementKit.Rendering.Word;

/// <summary>
/// Finishes a package whose body blocks were written out (<see cref="WordBodyStream"/>): copies every part
/// and puts the blocks into the main document part in place of the marker, then writes the package through
/// <see cref="DeterministicZip"/>. The Open XML SDK keeps a part it writes uncompressed in memory until the
/// package closes, so the blocks go straight into a compressed entry instead.
/// </summary>
internal static partial class WordBodySplice
{
    private const string ContentTypesEntry = "[Content_Types].xml";

    /// <param name="package">The saved package; its main document part holds the marker once when there are <paramref name="blocks"/>.</param>
    /// <param name="mainPart">The zip entry name of the main document part, e.g. word/document.xml.</param>
    /// <param name="blocks">The written body blocks, or null when only the content types need cleaning.</param>
    public static void Write(MemoryStream package, string mainPart, WordBodyStream? blocks, Stream output)
    {
        using var spliced = new MemoryStream();
        package.Position = 0;
        using (var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(spliced, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                // Only an intermediate copy: DeterministicZip compresses the final package again.
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                using var from = entry.Open();
                if (entry.FullName == mainPart && blocks is not null)
                {
                    Splice(from, blocks, to);
                }
                else if (entry.FullName == ContentTypesEntry)
                {
                    MacroFree(from, to);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        DeterministicZip.Normalize(spliced, output);
    }

    private static void Splice(Stream document, WordBodyStream blocks, Stream output)
    {
        // The rest of document.xml (template content, cover, table of contents, section) is small.
        using var text = new MemoryStream();
        document.CopyTo(text);
        var xml = text.GetBuffer().AsSpan(0, (int)text.Length);
        var at = xml.IndexOf(WordBodyStream.Marker);
        if (at < 0)
        {
            throw new InvalidOperationException("the main document part has no marker for the written body blocks");
        }

        output.Write(xml[..at]);
        blocks.CopyTo(output);
        output.Write(xml[(at + WordBodyStream.Marker.Length)..]);
    }

    /// <summary>
    /// Drops the content types only macros use: System.IO.Packaging keeps a template's default for .bin
    /// (vbaProject) after the part itself is gone, and the output must be a plain .docx.
    /// </summary>
    private static void MacroFree(Stream contentTypes, Stream output)
    {
        using var buffer = new MemoryStream();
        contentTypes.CopyTo(buffer);
        var bytes = buffer.ToArray();

        // The part keeps its byte-order mark (System.IO.Packaging writes one), so a streamed body and an element
        // tree give the same package bytes.
        var preamble = Encoding.UTF8.Preamble;
        var hasMark = bytes.AsSpan().StartsWith(preamble);
        var text = MacroContentType().Replace(Encoding.UTF8.GetString(hasMark ? bytes[preamble.Length..] : bytes), string.Empty);
        if (hasMark)
        {
            output.Write(preamble);
        }

        output.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
    }

    [GeneratedRegex(@"<(Default|Override)\b[^>]*ContentType=""[^""]*(vbaProject|vbaData|macroEnabled|keyMapCustomizations|attachedToolbars)[^""]*""[^>]*/>", RegexOptions.IgnoreCase)]
    private static partial Regex MacroContentType();
}
