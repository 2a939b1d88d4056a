using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Rendering.Word.Templates;

/// <summary>Reads a Word template as compose will use it and reports what is used and what is wrong (<see cref="TemplateReport"/>).</summary>
public static class TemplateInspection
{
    /// <summary>The placeholders filled in a template's body, header and footer (and <c>{{annex}}</c>, the marker).</summary>
    public static readonly IReadOnlyList<string> Fields = ["title", "reference", "authority", "date"];

    /// <summary>The report, or the diagnostic that refuses the file (not a Word document, encrypted, damaged).</summary>
    public static (TemplateReport? Report, Diagnostic? Refusal) Inspect(byte[] bytes, string file)
    {
        var (kind, refusal) = WordTemplateFormat.Recognize(bytes, file);
        if (kind is null)
        {
            return (null, refusal);
        }

        try
        {
            using var package = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
            return package.MainDocumentPart?.Document?.Body is { } body
                ? (Report(package, body, kind.Value, file), null)
                : (null, TemplateDiagnostics.NotAWordDocument(file, "a Word package without a document body"));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException or System.Xml.XmlException or InvalidOperationException)
        {
            return (null, TemplateDiagnostics.NotAWordDocument(file, $"a damaged Word document ({e.Message.TrimEnd('.')})"));
        }
    }

    private static TemplateReport Report(WordprocessingDocument package, Body body, WordTemplateKind kind, string file)
    {
        var main = package.MainDocumentPart!;
        var problems = new List<Diagnostic>();
        if (main.VbaProjectPart is not null)
        {
            problems.Add(TemplateDiagnostics.MacrosDropped(file));
        }

        var markers = AnnexMarker.Find(body);
        problems.AddRange(markers.Where(m => m.Problem is not null).Select(m => TemplateDiagnostics.MarkerNotAlone(file, m.Problem!)));
        if (markers.Count > 1)
        {
            problems.Add(TemplateDiagnostics.SeveralAnnexMarkers(file, markers.Count));
        }

        var marker = markers is [{ Problem: null } only] ? only : null;
        var blocks = body.ChildElements.Where(e => e is not SectionProperties).ToList();
        var at = marker is null ? -1 : blocks.IndexOf(marker.Block);
        List<OpenXmlElement> before = at < 0 ? [] : blocks[..at];
        List<OpenXmlElement> after = at < 0 ? [] : blocks[(at + 1)..];
        if (markers.Count == 0 && blocks.Any(HasContent))
        {
            var paragraphs = blocks.OfType<Paragraph>().Count(HasContent);
            problems.Add(TemplateDiagnostics.BodyIgnored(file, paragraphs, blocks.OfType<Table>().Count(), AnnexMarker.Preview(blocks.First(HasContent).InnerText)));
        }

        var comments = main.WordprocessingCommentsPart?.Comments?.Elements<Comment>().Count() ?? 0;
        if (comments > 0)
        {
            problems.Add(TemplateDiagnostics.CommentsDropped(file, comments));
        }

        var section = body.Elements<SectionProperties>().LastOrDefault();
        var headers = Frames(main, section?.Elements<HeaderReference>().Select(r => (r.Type?.Value, r.Id?.Value)));
        var footers = Frames(main, section?.Elements<FooterReference>().Select(r => (r.Type?.Value, r.Id?.Value)));
        CheckPlaceholders(file, "body", before.Concat(after), problems);
        CheckPlaceholders(file, "header", HeaderFooterRoots<HeaderPart>(main, section), problems);
        CheckPlaceholders(file, "footer", HeaderFooterRoots<FooterPart>(main, section), problems);

        return new TemplateReport(
            file, kind, Page(section), Styles(main), headers, footers, marker?.Kind ?? AnnexMarkerKind.None,
            [.. before.Where(HasContent).Select(Describe)], [.. after.Where(HasContent).Select(Describe)], problems);
    }

    private static List<TemplateStyleUse> Styles(MainDocumentPart main)
    {
        var theirs = main.StyleDefinitionsPart?.Styles?.Elements<Style>().ToList() ?? [];
        return [.. WordStyles.Default(Language.German, WordTable.TextWidth).Elements<Style>().Select(ours =>
        {
            var match = TemplateStyleMatch.Find(ours, theirs);
            return new TemplateStyleUse(ours.StyleName?.Val?.Value ?? string.Empty, ours.StyleId?.Value ?? string.Empty, match?.StyleId?.Value, match?.StyleName?.Val?.Value);
        })];
    }

    private static List<TemplateFrame> Frames(MainDocumentPart main, IEnumerable<(HeaderFooterValues? Type, string? Id)>? references) =>
        [.. (references ?? []).Select(r =>
        {
            var root = r.Id is null ? null : main.TryGetPartById(r.Id, out var part) ? part.RootElement : null;
            var pages = r.Type == HeaderFooterValues.First ? "first page" : r.Type == HeaderFooterValues.Even ? "even pages" : "every page";
            return new TemplateFrame(pages, AnnexMarker.Preview(root?.InnerText ?? string.Empty), root?.Descendants<Drawing>().Count() ?? 0);
        })];

    private static IEnumerable<OpenXmlElement> HeaderFooterRoots<T>(MainDocumentPart main, SectionProperties? section)
        where T : OpenXmlPart =>
        (section?.Elements<HeaderFooterReferenceType>() ?? [])
            .Select(r => r.Id?.Value is { } id && main.TryGetPartById(id, out var part) && part is T ? part.RootElement : null)
            .OfType<OpenXmlElement>();

    private static void CheckPlaceholders(string file, string where, IEnumerable<OpenXmlElement> roots, List<Diagnostic> problems)
    {
        foreach (var name in roots.SelectMany(r => r.Descendants<Paragraph>()).SelectMany(p => Placeholders.Names(p.InnerText)).Distinct(StringComparer.Ordinal))
        {
            if (!Fields.Contains(name) && name != AnnexMarker.Placeholder)
            {
                problems.Add(TemplateDiagnostics.UnknownTemplatePlaceholder(file, where, name, Fields));
            }
        }
    }

    private static string Page(SectionProperties? section)
    {
        var size = section?.GetFirstChild<PageSize>();
        var margin = section?.GetFirstChild<PageMargin>();
        if (size?.Width?.Value is not { } width || size.Height?.Value is not { } height)
        {
            return "not set in the template: A4 portrait with the built-in margins";
        }

        var name = (Math.Min(width, height), Math.Max(width, height)) switch
        {
            ( >= 11880 and <= 11930, >= 16820 and <= 16860) => "A4",
            ( >= 12220 and <= 12260, >= 15820 and <= 15860) => "Letter",
            _ => "custom size",
        };
        var orientation = width > height ? "landscape" : "portrait";
        return $"{name} {orientation} ({Millimetres(width)} × {Millimetres(height)} mm), margins top {Millimetres(margin?.Top?.Value)}, " +
            $"right {Millimetres(margin?.Right?.Value)}, bottom {Millimetres(margin?.Bottom?.Value)}, left {Millimetres(margin?.Left?.Value)} mm";
    }

    private static string Millimetres(long? twips) =>
        twips is { } value ? Math.Round(value * 25.4m / 1440m).ToString(CultureInfo.InvariantCulture) : "?";

    private static bool HasContent(OpenXmlElement block) =>
        block.InnerText.Trim().Length > 0 || block is Table || block.Descendants<Drawing>().Any();

    private static string Describe(OpenXmlElement block) => block switch
    {
        Table table => $"table ({table.Elements<TableRow>().Count()} rows): {AnnexMarker.Preview(string.Join(" | ", table.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0)))}",
        _ when block.InnerText.Trim().Length == 0 => "image",
        _ => AnnexMarker.Preview(block.InnerText),
    };
}
