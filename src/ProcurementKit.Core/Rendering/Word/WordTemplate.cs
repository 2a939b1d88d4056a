using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;

namespace ProcurementKit.Rendering.Word;

/// <summary>
/// A municipality's reference document: its styles, page setup, header/footer and first-page content
/// (letterhead, logo) frame the generated content. <c>{{name}}</c> placeholders in it are filled.
/// </summary>
public static class WordTemplate
{
    /// <summary>Why the bytes cannot serve as a template, or null when they can.</summary>
    public static string? Problem(byte[] template)
    {
        try
        {
            using var stream = new MemoryStream(template, writable: false);
            using var package = WordprocessingDocument.Open(stream, false);
            if (package.DocumentType is WordprocessingDocumentType.MacroEnabledDocument or WordprocessingDocumentType.MacroEnabledTemplate)
            {
                return "is a macro-enabled document; save it as .docx or .dotx without macros";
            }

            return package.MainDocumentPart?.Document?.Body is null ? "has no document body" : null;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException or System.Xml.XmlException)
        {
            return $"is not a Word document (.docx/.dotx): {e.Message}";
        }
    }

    /// <summary>Opens a copy of the template in <paramref name="buffer"/> as an editable document.</summary>
    internal static WordprocessingDocument Open(MemoryStream buffer, byte[] template)
    {
        buffer.Write(template);
        buffer.Position = 0;
        var package = WordprocessingDocument.Open(buffer, true);
        if (package.DocumentType == WordprocessingDocumentType.Template)
        {
            package.ChangeDocumentType(WordprocessingDocumentType.Document);
        }

        return package;
    }

    /// <summary>Takes the final section properties out of the body (they go back last on save) and fills placeholders.</summary>
    internal static SectionProperties Prepare(WordprocessingDocument package, IReadOnlyDictionary<string, string> fields)
    {
        var main = package.MainDocumentPart!;
        var body = main.Document!.Body!;
        var section = body.Elements<SectionProperties>().LastOrDefault() ?? new SectionProperties();
        section.Remove();
        Fill(body, fields);
        foreach (var header in main.HeaderParts)
        {
            Fill(header.Header!, fields);
        }

        foreach (var footer in main.FooterParts)
        {
            Fill(footer.Footer!, fields);
        }

        return section;
    }

    /// <summary>The first free abstract and instance ids of the template's numbering.</summary>
    internal static (int Abstract, int Instance) FreeNumberingIds(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is null)
        {
            return (1, 1);
        }

        var abstractId = numbering.Elements<AbstractNum>().Select(a => a.AbstractNumberId?.Value ?? 0).DefaultIfEmpty(0).Max() + 1;
        var numId = numbering.Elements<NumberingInstance>().Select(n => n.NumberID?.Value ?? 0).DefaultIfEmpty(0).Max() + 1;
        return (abstractId, numId);
    }

    /// <summary>The width between the template's margins, for right tabs (TOC, header, footer).</summary>
    internal static int TextWidth(SectionProperties section)
    {
        var width = (int?)section.GetFirstChild<PageSize>()?.Width?.Value ?? 11906;
        var margin = section.GetFirstChild<PageMargin>();
        var text = width - (int)(margin?.Left?.Value ?? 1418U) - (int)(margin?.Right?.Value ?? 1134U);
        return text > 1000 ? text : WordTable.TextWidth;
    }

    internal static bool HasHeader(SectionProperties section) => section.Elements<HeaderReference>().Any();

    internal static bool HasFooter(SectionProperties section) => section.Elements<FooterReference>().Any();

    /// <summary>
    /// Replaces known placeholders inside the text elements of each paragraph, so breaks, tabs and the
    /// formatting of the runs stay. Word often splits "{{reference}}" over several runs; then the value
    /// goes where the placeholder starts and the rest of it is cut from the following runs.
    /// </summary>
    private static void Fill(OpenXmlElement root, IReadOnlyDictionary<string, string> fields)
    {
        foreach (var paragraph in root.Descendants<Paragraph>())
        {
            while (FillFirst(paragraph.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().ToList(), fields))
            {
            }
        }
    }

    private static bool FillFirst(List<DocumentFormat.OpenXml.Wordprocessing.Text> texts, IReadOnlyDictionary<string, string> fields)
    {
        var joined = string.Concat(texts.Select(t => t.Text));
        foreach (var (name, _, column) in Placeholders.Find(joined.Replace('\n', ' ')))
        {
            if (!fields.TryGetValue(name, out var value))
            {
                continue;
            }

            var start = column;
            var end = joined.IndexOf("}}", start, StringComparison.Ordinal) + 2;
            var offset = 0;
            var first = true;
            foreach (var text in texts)
            {
                var (from, to) = (offset, offset + text.Text.Length);
                offset = to;
                if (to <= start || from >= end)
                {
                    continue;
                }

                var keepBefore = text.Text[..Math.Max(0, start - from)];
                var keepAfter = text.Text[Math.Min(text.Text.Length, end - from)..];
                text.Text = keepBefore + (first ? value : string.Empty) + keepAfter;
                text.Space = SpaceProcessingModeValues.Preserve;
                first = false;
            }

            return true;
        }

        return false;
    }
}
