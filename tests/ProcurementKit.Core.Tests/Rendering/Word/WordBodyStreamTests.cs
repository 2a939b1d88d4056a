using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Word;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Word;

/// <summary>
/// Blocks appended after the table of contents are written out at once instead of staying in the element
/// tree; the saved document must read exactly as if they had stayed.
/// </summary>
public sealed class WordBodyStreamTests
{
    private static WordDocument Create(byte[]? template = null) => WordDocument.Create(new WordDocumentOptions
    {
        Language = Language.German,
        Title = "Anlage",
        Template = template,
        TemplateFields = new Dictionary<string, string> { ["reference"] = "2026-T-1", ["title"] = "Sensoren" },
    });

    /// <summary>The main document part as text, to see how the XML is written.</summary>
    private static string DocumentXml(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [Fact]
    public void Should_ListHeadingsFromBeforeAndAfterTheContentsInOrder_When_BlocksAfterTheContentsAreWrittenOut()
    {
        using var document = Create();
        var parts = document.Numbering.Outline(1, OutlineLevelFormat.UpperLetter("%1"));
        document.Heading(1, "Vor dem Inhalt", outline: parts);
        document.TableOfContents("Inhalt");
        document.Heading(1, "Anforderungen", anchor: "requirements", outline: parts);
        document.Paragraph("Text der Anforderungen.");
        document.Heading(2, "Sicherheitsupdates");
        document.Heading(3, "Zu tief für das Inhaltsverzeichnis");
        var bytes = WordFiles.Save(document);

        bytes.ShouldBeValid();
        using var opened = WordFiles.Open(bytes);
        var contents = WordFiles.Body(opened).Elements<Paragraph>()
            .Where(p => WordFiles.StyleOf(p) is "TOC1" or "TOC2").Select(p => p.Elements<Hyperlink>().Single().InnerText).ToList();
        contents.ShouldBe(["AVor dem Inhalt", "BAnforderungen", "Sicherheitsupdates"]);
        WordFiles.Headings(opened).Select(h => h.Text)
            .ShouldBe(["Vor dem Inhalt", "Anforderungen", "Sicherheitsupdates", "Zu tief für das Inhaltsverzeichnis"]);
        var link = WordFiles.Body(opened).Descendants<Hyperlink>().Single(h => h.InnerText == "BAnforderungen");
        WordFiles.Body(opened).Descendants<BookmarkStart>().Single(b => b.Name == link.Anchor).Parent!.InnerText.ShouldBe("Anforderungen");
    }

    [Fact]
    public void Should_KeepEveryBlockInOrderWithItsText_When_ManyBlocksWithSpecialCharactersFollowTheContents()
    {
        using var document = Create();
        document.TableOfContents("Inhalt");
        var texts = Enumerable.Range(1, 3000).Select(i => $"Absatz {i}: „Prüfung“ <&> 🔐 {new string('x', i % 50)}").ToList();
        foreach (var text in texts)
        {
            document.Paragraph(text);
        }

        var table = new WordTable(1, 1);
        table.Header("Spalte", "Wert 🔐");
        table.Row(WordTable.Cell("A & B"), WordTable.Cell("<C>"));
        document.Table(table);
        var bytes = WordFiles.Save(document);

        bytes.ShouldBeValid();
        using var opened = WordFiles.Open(bytes);
        var body = WordFiles.Body(opened);
        body.Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.StartsWith("Absatz ", StringComparison.Ordinal)).ShouldBe(texts);
        body.Elements<Table>().Single().InnerText.ShouldBe("SpalteWert 🔐A & B<C>");
        body.LastChild.ShouldBeOfType<SectionProperties>();
    }

    [Fact]
    public void Should_UseTheTemplatesStyleIds_When_BlocksAfterTheContentsAreWrittenOut()
    {
        using var document = Create(WordTemplateTests.MunicipalTemplate());
        document.TableOfContents("Inhalt");
        document.Heading(1, "Vorbemerkungen");
        document.Paragraph("Text");
        var bytes = WordFiles.Save(document);

        bytes.ShouldBeValid();
        using var opened = WordFiles.Open(bytes);
        var body = WordFiles.Body(opened);
        WordFiles.StyleOf(body.Elements<Paragraph>().Single(p => p.InnerText == "Vorbemerkungen")).ShouldBe("berschrift1");
        body.Elements<Paragraph>().First().InnerText.ShouldBe("Stadt Musterhausen · Der Oberbürgermeister");
        body.Elements<Paragraph>().Single(p => WordFiles.StyleOf(p) == "TOC1").Elements<Hyperlink>().Single().InnerText.ShouldBe("Vorbemerkungen");
    }

    [Fact]
    public void Should_DeclareANamespaceOnlyOnTheRoot_When_TheTemplatesRootDeclaresIt()
    {
        using var document = Create(TemplateDeclaringRelationships());
        document.TableOfContents("Inhalt");
        document.Heading(1, "Quellen");
        document.Append(WordText.ParagraphOf(null, document.ExternalLink("https://www.bsi.bund.de/", "BSI"), document.ExternalLink("https://eur-lex.europa.eu/", "CRA")));
        var bytes = WordFiles.Save(document);

        bytes.ShouldBeValid();
        var xml = DocumentXml(bytes);
        xml.Split("xmlns:r=").Length.ShouldBe(2);
        xml.ShouldContain("<w:body>");
        using var opened = WordFiles.Open(bytes);
        var main = opened.MainDocumentPart!;
        WordFiles.Body(opened).Descendants<Hyperlink>().Where(h => h.Id is not null)
            .Select(h => main.HyperlinkRelationships.Single(r => r.Id == h.Id).Uri.ToString())
            .ShouldBe(["https://www.bsi.bund.de/", "https://eur-lex.europa.eu/"]);
    }

    [Fact]
    public void Should_WriteValidBlocks_When_TheTemplatesRootUsesADefaultNamespaceAndIsStandalone()
    {
        var template = ZipEdit.Put(TemplateDeclaringRelationships(), "word/document.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><body><p><r><t>Briefkopf</t></r></p><p><r><t>{{annex}}</t></r></p><sectPr><pgSz w:w="11906" w:h="16838"/></sectPr></body></document>
            """);
        using var document = Create(template);
        document.TableOfContents("Inhalt");
        document.Heading(1, "Quellen");
        document.Append(WordText.ParagraphOf(null, document.ExternalLink("https://www.bsi.bund.de/", "BSI")));
        var bytes = WordFiles.Save(document);

        bytes.ShouldBeValid();
        using var opened = WordFiles.Open(bytes);
        WordFiles.ParagraphTexts(opened).ShouldBe(["Briefkopf", "Inhalt", " TOC \\o \"1-2\" \\h \\z \\u Quellen", "Quellen", "BSI"]);
        DocumentXml(bytes).ShouldStartWith("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>");
    }

    [Fact]
    public void Should_GiveTheSameBytes_When_TheSameDocumentIsBuiltTwice()
    {
        static byte[] Build()
        {
            using var document = Create();
            document.TableOfContents("Inhalt");
            document.Heading(1, "Anforderungen", anchor: "requirements");
            document.Markdown("Siehe [Anforderungen](#requirements) und <https://www.bsi.bund.de/>.\n\n- eins\n- zwei");
            return WordFiles.Save(document);
        }

        var first = Build();
        first.ShouldBeValid();
        WordFiles.Sha256(Build()).ShouldBe(WordFiles.Sha256(first));
    }

    /// <summary>A template saved the way Word and LibreOffice save it: the relationship namespace declared on the root.</summary>
    private static byte[] TemplateDeclaringRelationships()
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Briefkopf"))),
                new SectionProperties(new PageSize { Width = 11906U, Height = 16838U })));
            main.Document.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
            main.Document.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        }

        return stream.ToArray();
    }
}
