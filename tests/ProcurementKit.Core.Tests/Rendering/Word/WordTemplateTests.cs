using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Word;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Word;

public sealed class WordTemplateTests
{
    /// <summary>A municipality's template as German Word saves it: localised style ids, a letterhead before the annex marker and a header.</summary>
    internal static byte[] MunicipalTemplate(WordprocessingDocumentType type = WordprocessingDocumentType.Document)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, type))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = new Styles(
                new Style(new StyleName { Val = "Normal" }, new StyleRunProperties(new RunFonts { Ascii = "Georgia", HighAnsi = "Georgia" }))
                { Type = StyleValues.Paragraph, StyleId = "Standard", Default = true },
                new Style(new StyleName { Val = "heading 1" }, new BasedOn { Val = "Standard" }, new StyleRunProperties(new Color { Val = "8B0000" }))
                { Type = StyleValues.Paragraph, StyleId = "berschrift1" });
            var header = main.AddNewPart<HeaderPart>("rId2");
            // As Word saves it: the placeholder split over runs, a line break inside the paragraph.
            header.Header = new Header(new Paragraph(
                new Run(new RunProperties(new Bold()), new DocumentFormat.OpenXml.Wordprocessing.Text("Stadt Musterhausen")),
                new Run(new Break()),
                new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Vergabestelle – {{refe")),
                new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("rence}}"))));
            main.Document = new Document(new Body(
                new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Stadt Musterhausen · Der Oberbürgermeister"))),
                new Paragraph(new Run(new RunProperties(new Bold()), new DocumentFormat.OpenXml.Wordprocessing.Text("Vergabe {{reference}}: "), new DocumentFormat.OpenXml.Wordprocessing.Text("{{title}}"))),
                // The letterhead is kept because the template marks where the annex goes.
                new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("{{annex}}"))),
                new SectionProperties(
                    new HeaderReference { Type = HeaderFooterValues.Default, Id = "rId2" },
                    new PageSize { Width = 12240U, Height = 15840U })));
        }

        return stream.ToArray();
    }

    private static byte[] Compose(byte[] template)
    {
        using var document = WordDocument.Create(new WordDocumentOptions
        {
            Language = Language.German,
            Title = "Anlage",
            Template = template,
            TemplateFields = new Dictionary<string, string> { ["reference"] = "2026-T-1", ["title"] = "Sensoren" },
            HeaderLeft = "built-in header",
        });
        document.Heading(1, "Vorbemerkungen");
        var table = new WordTable(1, 1);
        table.Header("A", "B");
        document.Table(table);
        return WordFiles.Save(document);
    }

    [Fact]
    public void Should_KeepTheLetterheadAndFillItsPlaceholders_When_TemplateHasFirstPageContent()
    {
        var bytes = Compose(MunicipalTemplate());
        bytes.ShouldBeValid();
        using var document = WordFiles.Open(bytes);

        var texts = WordFiles.ParagraphTexts(document);
        texts[0].ShouldBe("Stadt Musterhausen · Der Oberbürgermeister");
        texts[1].ShouldBe("Vergabe 2026-T-1: Sensoren");
        WordFiles.Body(document).Elements<Paragraph>().ElementAt(1).Descendants<Bold>().ShouldNotBeEmpty();
        texts.ShouldContain("Vorbemerkungen");
    }

    [Fact]
    public void Should_UseTheTemplatesHeaderStylesAndPageSize_When_TemplateGiven()
    {
        using var document = WordFiles.Open(Compose(MunicipalTemplate()));
        var main = document.MainDocumentPart!;

        var header = main.HeaderParts.Single().Header!;
        header.InnerText.ShouldBe("Stadt MusterhausenVergabestelle – 2026-T-1");
        header.Descendants<Break>().ShouldHaveSingleItem();
        header.Descendants<Run>().First().RunProperties!.Bold.ShouldNotBeNull();
        var heading = WordFiles.Body(document).Elements<Paragraph>().Single(p => p.InnerText == "Vorbemerkungen");
        WordFiles.StyleOf(heading).ShouldBe("berschrift1");
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId!.Value).ToList();
        styles.ShouldContain(WordStyleIds.Table);
        styles.ShouldNotContain(WordStyleIds.Heading1);
        WordFiles.Body(document).Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!.Width!.Value.ShouldBe(12240U);
        main.FooterParts.Single().Footer!.Descendants<FieldCode>().Select(f => f.Text.Trim()).ShouldBe(["PAGE", "NUMPAGES"]);
    }

    [Fact]
    public void Should_WriteIdenticalBytes_When_ComposedTwiceWithTheSameTemplate()
    {
        var template = MunicipalTemplate();

        WordFiles.Sha256(Compose(template)).ShouldBe(WordFiles.Sha256(Compose(template)));
    }

    [Fact]
    public void Should_WriteADocument_When_TheTemplateIsADotx()
    {
        var bytes = Compose(MunicipalTemplate(WordprocessingDocumentType.Template));
        bytes.ShouldBeValid();
        using var document = WordFiles.Open(bytes);

        document.DocumentType.ShouldBe(WordprocessingDocumentType.Document);
    }

    [Fact]
    public void Should_ExplainTheProblem_When_TheTemplateIsNotAWordFile()
    {
        var refused = ProcurementKit.Workflow.WordTemplateCheck.Run("not a zip"u8.ToArray(), "vorlage.docx");
        refused.Succeeded.ShouldBeFalse();
        refused.Problems.ShouldHaveSingleItem().ToString().ShouldContain("vorlage.docx: error PK0420: cannot use this Word template: it is a file of unknown kind");
        ProcurementKit.Workflow.WordTemplateCheck.Run(MunicipalTemplate(), "vorlage.docx").Succeeded.ShouldBeTrue();
    }
}
