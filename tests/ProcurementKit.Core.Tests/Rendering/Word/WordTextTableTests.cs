using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Word;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Word;

/// <summary>
/// A table of plain-text cells is written straight into a streaming body (no element tree); the document must
/// have exactly the XML the element tree of the same table gives, so the evaluation report stays as it was.
/// </summary>
public sealed class WordTextTableTests
{
    private static WordDocument Create(byte[]? template = null) => WordDocument.Create(new WordDocumentOptions
    {
        Language = Language.German,
        Title = "Bewertungsbericht",
        Template = template,
        TemplateFields = new Dictionary<string, string> { ["reference"] = "2026-T-1", ["title"] = "Sensoren" },
    });

    /// <summary>Cells of every kind the report writes: bold, figures, line feeds, empty and missing cells, umlauts, markup characters, spaces, a control character.</summary>
    private static WordTextTable Table(int moreRows = 0)
    {
        var table = new WordTextTable(2, 8, 3, 4);
        table.Header("Nr.", "Anforderung", "Punkte", "Quelle");
        table.Row(new WordCell("1.1"), new WordCell("UPD-001 Sicherheitsupdates „über“ <5 Jahre> & mehr", Bold: true), WordCell.Number("2,50"), new WordCell(string.Empty));
        table.Row(new WordCell("  eingerückt "), new WordCell("Zeile eins\nZeile zwei\n"), WordCell.Number("10", bold: true), new WordCell("Steuer\u0001zeichen 🔐"));
        table.Row("nur", "zwei");
        for (var i = 1; i <= moreRows; i++)
        {
            table.Row(new WordCell($"{i}.1"), new WordCell($"Anforderung {i} mit etwas mehr Text, damit die Tabelle groß wird"), WordCell.Number($"{i % 11},00"), new WordCell("Bieter"));
        }

        return table;
    }

    private static byte[] Save(bool stream, byte[]? template = null, int moreRows = 0)
    {
        using var document = Create(template);
        if (stream)
        {
            document.StreamBlocks();
        }

        document.Paragraph("Vor der Tabelle");
        document.Table(Table(moreRows));
        document.Paragraph("Nach der Tabelle");
        return WordFiles.Save(document);
    }

    private static string DocumentXml(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [Fact]
    public void Should_WriteTheSameFileAsTheElementTree_When_TheBodyStreams()
    {
        // Enough rows for a document.xml of several hundred kilobytes: the package is compressed in many pieces.
        var streamed = Save(stream: true, moreRows: 2000);
        var tree = Save(stream: false, moreRows: 2000);

        streamed.ShouldBeValid();
        DocumentXml(streamed).ShouldBe(DocumentXml(tree));
        WordFiles.Sha256(streamed).ShouldBe(WordFiles.Sha256(tree));
    }

    [Fact]
    public void Should_UseTheTemplatesStyleIds_When_ATextTableIsWrittenIntoAStreamingBody()
    {
        var streamed = Save(stream: true, WordTemplateTests.MunicipalTemplate());
        var tree = Save(stream: false, WordTemplateTests.MunicipalTemplate());

        streamed.ShouldBeValid();
        DocumentXml(streamed).ShouldBe(DocumentXml(tree));
    }

    [Fact]
    public void Should_ReadBackEveryCellAsWritten_When_ATextTableIsStreamed()
    {
        var bytes = Save(stream: true);

        using var opened = WordFiles.Open(bytes);
        var table = WordFiles.Body(opened).Elements<Table>().Single();
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        rows.ShouldBe(
        [
            ["Nr.", "Anforderung", "Punkte", "Quelle"],
            ["1.1", "UPD-001 Sicherheitsupdates „über“ <5 Jahre> & mehr", "2,50", string.Empty],
            ["  eingerückt ", "Zeile einsZeile zwei", "10", "Steuerzeichen 🔐"],
            ["nur", "zwei", string.Empty, string.Empty],
        ]);
        var rowsElements = table.Elements<TableRow>().ToList();
        rowsElements[0].TableRowProperties!.GetFirstChild<TableHeader>().ShouldNotBeNull();
        rowsElements[2].Elements<TableCell>().ElementAt(1).Descendants<Break>().Count().ShouldBe(2);
        var points = rowsElements[1].Elements<TableCell>().ElementAt(2).Elements<Paragraph>().Single();
        points.ParagraphProperties!.Justification!.Val!.Value.ShouldBe(JustificationValues.Right);
        rowsElements[1].Elements<TableCell>().ElementAt(1).Descendants<Bold>().ShouldHaveSingleItem();
    }

    [Fact]
    public void Should_RefuseATableOfContents_When_TheBodyAlreadyStreams()
    {
        using var document = Create();
        document.StreamBlocks();

        Should.Throw<InvalidOperationException>(() => document.TableOfContents("Inhalt"));
    }

    [Fact]
    public void Should_RefuseAHeader_When_ARowCameFirst()
    {
        var table = new WordTextTable(1, 1).Row("a", "b");

        Should.Throw<InvalidOperationException>(() => table.Header("x", "y"));
    }
}
