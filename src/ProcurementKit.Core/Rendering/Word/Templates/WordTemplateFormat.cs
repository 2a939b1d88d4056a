using System.IO.Compression;
using System.Xml;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Rendering.Word.Templates;

/// <summary>The kinds of Word file a template may be; each is turned into a macro-free document.</summary>
public enum WordTemplateKind
{
    /// <summary>A Word document, .docx.</summary>
    Document,

    /// <summary>A Word template, .dotx.</summary>
    Template,

    /// <summary>A macro-enabled document, .docm (its macros are dropped).</summary>
    MacroEnabledDocument,

    /// <summary>A macro-enabled template, .dotm (its macros are dropped).</summary>
    MacroEnabledTemplate,
}

/// <summary>
/// Tells what a file is from its bytes, whatever its name says: one of the four Word packages, or what else it is
/// (an encrypted Office file, an old .doc, a workbook, a zip, random bytes), so the refusal can say so.
/// </summary>
public static class WordTemplateFormat
{
    private static readonly byte[] s_zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] s_ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly (string ContentType, WordTemplateKind Kind)[] s_word =
    [
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", WordTemplateKind.Document),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", WordTemplateKind.Template),
        ("application/vnd.ms-word.document.macroEnabled.main+xml", WordTemplateKind.MacroEnabledDocument),
        ("application/vnd.ms-word.template.macroEnabledTemplate.main+xml", WordTemplateKind.MacroEnabledTemplate),
    ];

    private static readonly (string Fragment, string What)[] s_others =
    [
        ("spreadsheetml", "an Excel workbook"),
        ("ms-excel", "an Excel workbook"),
        ("presentationml", "a PowerPoint presentation"),
        ("ms-powerpoint", "a PowerPoint presentation"),
    ];

    /// <summary>The kind of Word package <paramref name="bytes"/> hold, or the diagnostic that refuses them.</summary>
    public static (WordTemplateKind? Kind, Diagnostic? Problem) Recognize(byte[] bytes, string file)
    {
        if (bytes.AsSpan().StartsWith(s_ole))
        {
            return (null, TemplateDiagnostics.EncryptedOrLegacyWord(file));
        }

        if (!bytes.AsSpan().StartsWith(s_zip))
        {
            var what = bytes.AsSpan().StartsWith("{\\rtf"u8) ? "an RTF file" : bytes.AsSpan().StartsWith("%PDF"u8) ? "a PDF file" : "a file of unknown kind (no Office package)";
            return (null, TemplateDiagnostics.NotAWordDocument(file, what));
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("mimetype") is not null && zip.GetEntry("[Content_Types].xml") is null)
            {
                return (null, TemplateDiagnostics.NotAWordDocument(file, "an OpenDocument file (LibreOffice)"));
            }

            if (zip.GetEntry("[Content_Types].xml") is not { } types)
            {
                return (null, TemplateDiagnostics.NotAWordDocument(file, "a zip archive"));
            }

            var contentTypes = ContentTypes(types);
            foreach (var (contentType, kind) in s_word)
            {
                if (contentTypes.Contains(contentType))
                {
                    return (kind, null);
                }
            }

            var other = s_others.FirstOrDefault(o => contentTypes.Any(t => t.Contains(o.Fragment, StringComparison.OrdinalIgnoreCase))).What;
            return (null, TemplateDiagnostics.NotAWordDocument(file, other ?? "an Office package without a Word document part"));
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return (null, TemplateDiagnostics.NotAWordDocument(file, "a damaged zip archive"));
        }
    }

    private static HashSet<string> ContentTypes(ZipArchiveEntry entry)
    {
        var types = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.GetAttribute("ContentType") is { } type)
            {
                types.Add(type);
            }
        }

        return types;
    }
}
