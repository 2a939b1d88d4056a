using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Word;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Word;

public sealed class WordHeaderMarkerTests
{
    private static byte[] Document(string marker, string text = "Inhalt")
    {
        using var document = WordDocument.Create(new WordDocumentOptions
        {
            Language = Language.German, Title = "Bericht", HeaderLeft = "2026-T-1", HeaderRight = "Bewertungsbericht", HeaderMarker = marker,
        });
        document.Paragraph(text);
        return WordFiles.Save(document);
    }

    [Fact]
    public void Should_ShowTheMarkerBoldInTheHeaderOfEveryPage_When_AMarkerIsSet()
    {
        var bytes = Document("VORLÄUFIG");

        bytes.ShouldBeValid();
        using var document = WordFiles.Open(bytes);
        var section = WordFiles.Body(document).Elements<SectionProperties>().Single();
        section.GetFirstChild<TitlePage>().ShouldBeNull();
        var header = document.MainDocumentPart!.HeaderParts.Single().Header!;
        header.InnerText.ShouldBe("VORLÄUFIG · 2026-T-1Bewertungsbericht");
        header.Descendants<Run>().First().RunProperties!.Bold.ShouldNotBeNull();
    }

    [Fact]
    public void Should_KeepTheCoverWithoutHeader_When_NoMarkerIsSet()
    {
        using var document = WordFiles.Open(Document(string.Empty));

        WordFiles.Body(document).Elements<SectionProperties>().Single().GetFirstChild<TitlePage>().ShouldNotBeNull();
    }

    [Fact]
    public void Should_DropCharactersXmlCannotCarry_When_TextComesFromOutside()
    {
        var bytes = Document(string.Empty, "Bieter\u0001 GmbH\u001F");

        bytes.ShouldBeValid();
        using var document = WordFiles.Open(bytes);
        WordFiles.ParagraphTexts(document).ShouldContain("Bieter GmbH");
    }
}
