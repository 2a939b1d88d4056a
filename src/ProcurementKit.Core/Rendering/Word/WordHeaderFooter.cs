using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;

namespace ProcurementKit.Rendering.Word;

/// <summary>The built-in header (e.g. reference left, document title right) and footer ("Seite X von Y" as fields).</summary>
internal static class WordHeaderFooter
{
    public static HeaderReference AddHeader(MainDocumentPart main, string left, string right, string marker = "")
    {
        var part = main.AddNewPart<HeaderPart>("rIdHeader");
        Run[] start = marker.Length == 0
            ? [WordText.Run(left)]
            : [WordText.Run(marker, bold: true), WordText.Run(left.Length == 0 ? string.Empty : $" · {left}")];
        part.Header = new Header(Line(WordStyleIds.Header, start, [WordText.Run(right)]));
        return new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" };
    }

    public static FooterReference AddFooter(MainDocumentPart main, string left, Language language)
    {
        var part = main.AddNewPart<FooterPart>("rIdFooter");
        part.Footer = new Footer(Line(WordStyleIds.Footer, [WordText.Run(left)], PageOfPages(language)));
        return new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" };
    }

    /// <summary>"Seite 3 von 12" / "Page 3 of 12", with PAGE and NUMPAGES fields Word and LibreOffice fill in.</summary>
    public static IReadOnlyList<Run> PageOfPages(Language language)
    {
        var (page, of) = language == Language.German ? ("Seite ", " von ") : ("Page ", " of ");
        return [WordText.Run(page), .. WordFields.Field("PAGE", "1"), WordText.Run(of), .. WordFields.Field("NUMPAGES", "1")];
    }

    private static Paragraph Line(string style, IEnumerable<Run> left, IEnumerable<Run> right)
    {
        var paragraph = WordText.ParagraphOf(style);
        paragraph.Append(left);
        paragraph.Append(new Run(new TabChar()));
        paragraph.Append(right);
        return paragraph;
    }
}
