using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Word;
using ProcurementKit.Rendering.Word.Markdown;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Word;

public sealed class WordMarkdownTests
{
    private static byte[] Render(string markdown, WordMarkdownOptions? options = null)
    {
        using var document = WordDocument.Create(new WordDocumentOptions { Language = Language.German, Title = "Test" });
        document.Markdown(markdown, options);
        document.Heading(2, "Ziel", anchor: "target");
        var bytes = WordFiles.Save(document);
        bytes.ShouldBeValid();
        return bytes;
    }

    private static List<Paragraph> Paragraphs(WordprocessingDocument document) =>
        [.. WordFiles.Body(document).Descendants<Paragraph>()];

    private static Paragraph Find(WordprocessingDocument document, string text) =>
        Paragraphs(document).Single(p => p.InnerText == text);

    private static (int NumId, int Level) Numbering(Paragraph paragraph) =>
        (paragraph.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value,
         paragraph.ParagraphProperties.NumberingProperties.NumberingLevelReference!.Val!.Value);

    [Fact]
    public void Should_FormatRuns_When_TextHasBoldItalicAndCode()
    {
        using var document = WordFiles.Open(Render("Der **Auftragnehmer** muss *unverzüglich* `TLS 1.3` nutzen."));

        var runs = Find(document, "Der Auftragnehmer muss unverzüglich TLS 1.3 nutzen.").Elements<Run>().ToList();
        runs.Single(r => r.InnerText == "Auftragnehmer").RunProperties!.Bold.ShouldNotBeNull();
        runs.Single(r => r.InnerText == "unverzüglich").RunProperties!.Italic.ShouldNotBeNull();
        runs.Single(r => r.InnerText == "TLS 1.3").RunProperties!.RunStyle!.Val!.Value.ShouldBe(WordStyleIds.Code);
    }

    [Fact]
    public void Should_RestartNumbering_When_ASecondOrderedListStarts()
    {
        using var document = WordFiles.Open(Render("1. eins\n2. zwei\n\nZwischentext\n\n1. neu eins\n2. neu zwei\n\nText\n\n3. ab drei\n"));

        var first = Numbering(Find(document, "eins"));
        Numbering(Find(document, "zwei")).ShouldBe(first);
        var second = Numbering(Find(document, "neu eins"));
        second.NumId.ShouldNotBe(first.NumId);
        Numbering(Find(document, "neu zwei")).ShouldBe(second);
        var instances = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>()
            .ToDictionary(n => n.NumberID!.Value, n => n.Descendants<StartOverrideNumberingValue>().Single().Val!.Value);
        instances[first.NumId].ShouldBe(1);
        instances[second.NumId].ShouldBe(1);
        instances[Numbering(Find(document, "ab drei")).NumId].ShouldBe(3);
    }

    [Fact]
    public void Should_NestItemsOneLevelDeeper_When_ListsAreIndented()
    {
        using var document = WordFiles.Open(Render("1. außen\n   - innen a\n   - innen b\n     1. ganz innen\n2. wieder außen\n"));

        Numbering(Find(document, "außen")).Level.ShouldBe(0);
        Numbering(Find(document, "innen a")).Level.ShouldBe(1);
        Numbering(Find(document, "ganz innen")).Level.ShouldBe(2);
        Numbering(Find(document, "wieder außen")).ShouldBe(Numbering(Find(document, "außen")));
        var bullet = Numbering(Find(document, "innen a")).NumId;
        var format = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var abstractId = format.Elements<NumberingInstance>().Single(n => n.NumberID! == bullet).AbstractNumId!.Val!.Value;
        format.Elements<AbstractNum>().Single(a => a.AbstractNumberId! == abstractId)
            .Elements<DocumentFormat.OpenXml.Wordprocessing.Level>().First().NumberingFormat!.Val!.Value.ShouldBe(NumberFormatValues.Bullet);
    }

    [Fact]
    public void Should_KeepFollowOnParagraphsInTheItem_When_AnItemHasTwoParagraphs()
    {
        using var document = WordFiles.Open(Render("1. erster Absatz\n\n   zweiter Absatz\n2. nächster Punkt\n"));

        var follow = Find(document, "zweiter Absatz");
        follow.ParagraphProperties!.NumberingProperties.ShouldBeNull();
        follow.ParagraphProperties.Indentation!.Left!.Value.ShouldBe(WordNumbering.TextIndent(0).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Should_BuildATableWithRepeatingHeader_When_MarkdownHasAPipeTable()
    {
        using var document = WordFiles.Open(Render("| Angabe | Wert |\n|---|--:|\n| Port | 443 |\n| Protokoll | **TLS** |\n"));

        var table = WordFiles.Body(document).Elements<Table>().Single();
        var rows = table.Elements<TableRow>().ToList();
        rows.Select(r => string.Join("|", r.Elements<TableCell>().Select(c => c.InnerText))).ShouldBe(["Angabe|Wert", "Port|443", "Protokoll|TLS"]);
        rows[0].TableRowProperties!.GetFirstChild<TableHeader>().ShouldNotBeNull();
        Find(document, "443").ParagraphProperties!.Justification!.Val!.Value.ShouldBe(JustificationValues.Right);
        WordFiles.StyleOf(Find(document, "Port")).ShouldBe(WordStyleIds.TableText);
    }

    [Fact]
    public void Should_ShowRawHtmlAsText_When_TheClauseContainsHtml()
    {
        using var document = WordFiles.Open(Render("Vorher <b>fett?</b> nachher.\n\n<div onclick=\"x()\">Block</div>\n\n<script>alert(1)</script>\n"));

        var texts = WordFiles.ParagraphTexts(document);
        texts.ShouldContain("Vorher <b>fett?</b> nachher.");
        texts.ShouldContain("<div onclick=\"x()\">Block</div>");
        texts.ShouldContain("<script>alert(1)</script>");
        WordFiles.Body(document).Descendants<AltChunk>().ShouldBeEmpty();
        Find(document, "Vorher <b>fett?</b> nachher.").Descendants<Bold>().ShouldBeEmpty();
    }

    [Fact]
    public void Should_UseTheQuoteStyle_When_TextIsABlockQuote()
    {
        using var document = WordFiles.Open(Render("> Hinweis der Vergabestelle\n\nnormal"));

        WordFiles.StyleOf(Find(document, "Hinweis der Vergabestelle")).ShouldBe(WordStyleIds.Quote);
        WordFiles.StyleOf(Find(document, "normal")).ShouldBeNull();
    }

    [Fact]
    public void Should_LinkToTheWebOrTheHeading_When_LinksAreAbsoluteOrAnchors()
    {
        using var document = WordFiles.Open(Render("Siehe [BSI](https://www.bsi.bund.de/) und [Ziel](#target) und [kaputt](nicht eine url)."));

        var links = WordFiles.Body(document).Descendants<Hyperlink>().ToList();
        var external = links.Single(l => l.InnerText == "BSI");
        document.MainDocumentPart!.HyperlinkRelationships.Single(r => r.Id == external.Id).Uri.ShouldBe(new Uri("https://www.bsi.bund.de/"));
        var internalLink = links.Single(l => l.InnerText == "Ziel");
        WordFiles.Body(document).Descendants<BookmarkStart>().Single(b => b.Name == internalLink.Anchor).Parent!.InnerText.ShouldBe("Ziel");
        Paragraphs(document).First().InnerText.ShouldContain("[kaputt](nicht eine url)");
    }

    [Fact]
    public void Should_ShiftAndNumberHeadings_When_OptionsSaySo()
    {
        using var document = WordDocument.Create(new WordDocumentOptions { Language = Language.German, Title = "Test" });
        var outline = document.Numbering.Outline(2, OutlineLevelFormat.Decimal("%1"));
        document.Markdown("# Abschnitt *eins*\n\nText", new WordMarkdownOptions { HeadingShift = 1, Outline = outline });
        var bytes = WordFiles.Save(document);
        using var opened = WordFiles.Open(bytes);

        var heading = Find(opened, "Abschnitt eins");
        WordFiles.StyleOf(heading).ShouldBe(WordStyleIds.Heading2);
        heading.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value.ShouldBe(outline.NumberingId);
    }
}
