using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Drawing = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ProcurementKit.Rendering.Word.Templates;

/// <summary>
/// Makes what is kept of a template valid, as Word itself would repair it on open: no macros, no comments, no
/// revision-session ids (rsids), drawing ids unique across body, headers and footers, table widths and conditional
/// formatting written as the schema wants them, unused parts of the dropped body removed.
/// </summary>
internal static class TemplateCleanup
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Removes the VBA project and what only macros use; true when there was any.</summary>
    public static bool RemoveMacros(WordprocessingDocument package)
    {
        var main = package.MainDocumentPart!;
        var found = false;
        foreach (var part in new OpenXmlPart?[] { main.VbaProjectPart, main.CustomizationPart })
        {
            if (part is not null)
            {
                found |= part is VbaProjectPart;
                main.DeletePart(part);
            }
        }

        // The template's preview picture would show the template, not the annex.
        if (package.ThumbnailPart is { } thumbnail)
        {
            package.DeletePart(thumbnail);
        }

        // A document made from a .dotm would reach for the template's macros again.
        main.DocumentSettingsPart?.Settings?.RemoveAllChildren<AttachedTemplate>();
        if (package.DocumentType != WordprocessingDocumentType.Document)
        {
            package.ChangeDocumentType(WordprocessingDocumentType.Document);
        }

        return found;
    }

    /// <summary>Removes every comment, its ranges and references; returns how many comments there were.</summary>
    public static int RemoveComments(MainDocumentPart main)
    {
        var count = main.WordprocessingCommentsPart?.Comments?.Elements<Comment>().Count() ?? 0;
        foreach (var root in Roots(main))
        {
            foreach (var element in root.Descendants().Where(e => e is CommentRangeStart or CommentRangeEnd or CommentReference).ToList())
            {
                var run = element.Parent as Run;
                element.Remove();
                if (run is not null && !run.ChildElements.Any(c => c is not RunProperties))
                {
                    run.Remove();
                }
            }
        }

        foreach (var part in new OpenXmlPart?[]
        {
            main.WordprocessingCommentsPart, main.WordprocessingCommentsExPart, main.WordprocessingCommentsIdsPart,
            main.WordCommentsExtensiblePart, main.WordprocessingPeoplePart,
        })
        {
            if (part is not null)
            {
                main.DeletePart(part);
            }
        }

        return count;
    }

    /// <summary>Drops rsid attributes and the settings' rsid list: they only help Word merge revisions of one file.</summary>
    public static void RemoveRsids(MainDocumentPart main)
    {
        IEnumerable<OpenXmlElement?> roots = [.. Roots(main), main.StyleDefinitionsPart?.Styles, main.NumberingDefinitionsPart?.Numbering];
        foreach (var element in roots.OfType<OpenXmlElement>().SelectMany(r => r.Descendants().Prepend(r)))
        {
            foreach (var attribute in element.GetAttributes().Where(a => a.NamespaceUri == WordNamespace && a.LocalName.StartsWith("rsid", StringComparison.Ordinal)).ToList())
            {
                element.RemoveAttribute(attribute.LocalName, attribute.NamespaceUri);
            }
        }

        main.DocumentSettingsPart?.Settings?.RemoveAllChildren<Rsids>();
    }

    /// <summary>Table widths with a fraction ("0.0") made whole, conditional formatting (cnfStyle) given its value.</summary>
    public static void NormalizeTables(OpenXmlElement root)
    {
        foreach (var element in root.Descendants().Prepend(root))
        {
            if (element is ConditionalFormatStyle { Val: null } look)
            {
                look.Val = ConditionalValue(look);
            }

            FixWidth(element);
        }
    }

    /// <summary>Numbers every drawing (wp:docPr) 1, 2, ... across the body, headers and footers: Word wants them unique.</summary>
    public static void RenumberDrawings(MainDocumentPart main, IEnumerable<OpenXmlElement> kept)
    {
        var next = 1U;
        foreach (var properties in kept.Concat(WordTemplate.HeadersAndFooters(main)).SelectMany(r => r.Descendants<Drawing.DocProperties>()))
        {
            properties.Id = next++;
        }
    }

    /// <summary>Deletes images, embedded objects and links of the main part that nothing kept refers to any more.</summary>
    public static void RemoveUnreferencedParts(MainDocumentPart main, IEnumerable<OpenXmlElement> kept)
    {
        var used = kept.SelectMany(r => r.Descendants().Prepend(r))
            .SelectMany(e => e.GetAttributes().Where(a => a.NamespaceUri == RelationshipNamespace).Select(a => a.Value ?? string.Empty))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var child in main.Parts.ToList())
        {
            if (!used.Contains(child.RelationshipId) && child.OpenXmlPart is ImagePart or EmbeddedObjectPart or EmbeddedPackagePart
                or EmbeddedControlPersistencePart or ChartPart or ExtendedChartPart or DiagramDataPart or DiagramLayoutDefinitionPart
                or DiagramStylePart or DiagramColorsPart or DiagramPersistLayoutPart or AlternativeFormatImportPart)
            {
                main.DeletePart(child.RelationshipId);
            }
        }

        foreach (var link in main.HyperlinkRelationships.Where(l => !used.Contains(l.Id)).ToList())
        {
            main.DeleteReferenceRelationship(link);
        }
    }

    private static IEnumerable<OpenXmlElement> Roots(MainDocumentPart main) =>
        [main.Document!, .. WordTemplate.HeadersAndFooters(main)];

    /// <summary>The 12-digit value Word writes, from the flags a hand-made cnfStyle carries instead.</summary>
    private static string ConditionalValue(ConditionalFormatStyle look)
    {
        OnOffValue?[] flags =
        [
            look.FirstRow, look.LastRow, look.FirstColumn, look.LastColumn, look.OddVerticalBand, look.EvenVerticalBand,
            look.OddHorizontalBand, look.EvenHorizontalBand, look.FirstRowFirstColumn, look.FirstRowLastColumn,
            look.LastRowFirstColumn, look.LastRowLastColumn,
        ];
        return string.Concat(flags.Select(f => f?.Value == true ? '1' : '0'));
    }

    /// <summary>A w:w width such as "0.0" (pandoc) or "2500.5" becomes a whole number; a zero-width percentage becomes auto.</summary>
    private static void FixWidth(OpenXmlElement element)
    {
        if (element.GetAttributes().FirstOrDefault(a => a.LocalName == "w" && a.NamespaceUri == WordNamespace) is not { Value: { } value } width
            || int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            || (value.EndsWith('%') && decimal.TryParse(value[..^1], NumberStyles.Number, CultureInfo.InvariantCulture, out _)))
        {
            return;
        }

        var number = decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? (int)Math.Round(parsed) : 0;
        element.SetAttribute(new OpenXmlAttribute(width.Prefix, width.LocalName, width.NamespaceUri, number.ToString(CultureInfo.InvariantCulture)));
        if (number == 0 && element.GetAttributes().Any(a => a.LocalName == "type" && a.NamespaceUri == WordNamespace))
        {
            element.SetAttribute(new OpenXmlAttribute("w", "type", WordNamespace, "auto"));
        }
    }
}
