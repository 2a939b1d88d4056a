using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Word.Templates;

namespace ProcurementKit.Rendering.Word;

/// <summary>What <see cref="WordTemplate.Prepare"/> kept of a template besides its styles, header and footer.</summary>
/// <param name="Section">The final section properties (page size, margins, header/footer references).</param>
/// <param name="After">The blocks that followed the annex marker, to go after the annex.</param>
/// <param name="BookmarkNames">The bookmarks kept before and after the marker, numbered 0 .. n-1.</param>
internal sealed record PreparedTemplate(SectionProperties Section, IReadOnlyList<OpenXmlElement> After, IReadOnlyList<string> BookmarkNames);

/// <summary>
/// A municipality's reference document: its styles, page setup, header/footer and, around an annex marker, its
/// first pages (letterhead, logo) and closing text frame the generated content. <c>{{name}}</c> placeholders in it
/// are filled. The rule for its body is <see cref="TemplateBodySplit"/>.
/// </summary>
public static class WordTemplate
{
    /// <summary>Opens a copy of the template in <paramref name="buffer"/> as an editable, macro-free document.</summary>
    internal static WordprocessingDocument Open(MemoryStream buffer, byte[] template)
    {
        buffer.Write(template);
        buffer.Position = 0;
        var package = WordprocessingDocument.Open(buffer, true);
        TemplateCleanup.RemoveMacros(package);
        return package;
    }

    /// <summary>
    /// Applies the body rule (<see cref="TemplateBodySplit"/>), fills placeholders and makes what is kept valid. The
    /// final section properties are taken out of the body (they go back last on save), with A4 and the built-in margins
    /// where the template sets no page size or margins.
    /// </summary>
    internal static PreparedTemplate Prepare(WordprocessingDocument package, IReadOnlyDictionary<string, string> fields)
    {
        var main = package.MainDocumentPart!;
        var body = main.Document!.Body!;
        TemplateCleanup.RemoveComments(main);
        TemplateCleanup.RemoveRsids(main);
        var section = body.Elements<SectionProperties>().LastOrDefault() ?? new SectionProperties();
        section.Remove();
        CompletePage(section);
        foreach (var root in new OpenXmlElement[] { body }.Concat(HeadersAndFooters(main)))
        {
            Fill(root, fields);
        }

        var markers = AnnexMarker.Find(body);
        var after = TemplateBodySplit.Split(body, markers is [{ Problem: null } marker] ? marker : null);
        var kept = body.ChildElements.ToList();
        var bookmarks = TemplateBookmarks.Normalize(kept, after);
        OpenXmlElement[] roots = [body, .. after, section, .. HeadersAndFooters(main)];
        TemplateCleanup.RenumberDrawings(main, [body, .. after]);
        TemplateCleanup.RemoveUnreferencedParts(main, roots);
        foreach (var root in roots.Concat(new OpenXmlElement?[] { main.StyleDefinitionsPart?.Styles, main.DocumentSettingsPart?.Settings, main.NumberingDefinitionsPart?.Numbering }.OfType<OpenXmlElement>()))
        {
            TemplateCleanup.NormalizeTables(root);
            SchemaOrder.Normalize(root);
        }

        return new PreparedTemplate(section, after, bookmarks);
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

    internal static IEnumerable<OpenXmlElement> HeadersAndFooters(MainDocumentPart main) =>
        main.HeaderParts.Select(p => (OpenXmlElement?)p.Header).Concat(main.FooterParts.Select(p => (OpenXmlElement?)p.Footer)).OfType<OpenXmlElement>();

    internal static bool HasHeader(SectionProperties section) => section.Elements<HeaderReference>().Any();

    internal static bool HasFooter(SectionProperties section) => section.Elements<FooterReference>().Any();

    /// <summary>
    /// Replaces known placeholders inside the text elements of each paragraph, so breaks, tabs and the
    /// formatting of the runs stay. Word often splits "{{reference}}" over several runs; then the value
    /// goes where the placeholder starts and the rest of it is cut from the following runs.
    /// </summary>
    /// <summary>A4 portrait with the built-in margins where the template's section leaves them open (pandoc's reference.docx does).</summary>
    private static void CompletePage(SectionProperties section)
    {
        if (section.GetFirstChild<PageSize>() is null)
        {
            section.AddChild(new PageSize { Width = 11906U, Height = 16838U });
        }

        if (section.GetFirstChild<PageMargin>() is null)
        {
            section.AddChild(new PageMargin { Top = 1418, Right = 1134U, Bottom = 1134, Left = 1418U, Header = 709U, Footer = 567U, Gutter = 0U });
        }
    }

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
