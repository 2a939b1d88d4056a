using CsCheck;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Word;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Word;

/// <summary>What keeps pages from ending in stray rows and lead-ins, and header labels from breaking inside words.</summary>
public sealed class WordPaginationTests
{
    /// <summary>An A4 template whose margins (4 cm left, 3 cm right) leave a narrower text area than the built-in look.</summary>
    internal static byte[] WideMarginTemplate(uint left = 2268, uint right = 1701)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.AddMainDocumentPart().Document = new Document(new Body(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1418, Bottom = 1134, Left = left, Right = right, Header = 709U, Footer = 567U, Gutter = 0U })));
        }

        return stream.ToArray();
    }

    private static WordDocument Create(byte[]? template = null) =>
        WordDocument.Create(new WordDocumentOptions { Language = Language.German, Title = "Anlage", Template = template });

    private static List<Table> Tables(byte[] bytes)
    {
        using var document = WordFiles.Open(bytes);
        return [.. WordFiles.Body(document).Descendants<Table>().Select(t => (Table)t.CloneNode(true))];
    }

    private static bool KeepsWithNext(TableRow row) => row.Descendants<Paragraph>().All(p => p.ParagraphProperties?.KeepNext is not null);

    [Fact]
    public void Should_keep_a_small_table_on_one_page_and_repeat_the_header_of_a_large_one()
    {
        using var document = Create();
        document.Table(new WordTable(1, 3).Header("Kategorie", "Bedeutung").Row("normal", "begrenzt").Row("hoch", "beträchtlich").Row("sehr hoch", "existenziell"));
        var large = new WordTable(1, 3).Header("Nr.", "Anforderung");
        for (var i = 1; i <= 40; i++)
        {
            large.Row($"{i}", $"Anforderung {i} mit einem Text, der eine Zeile füllt.");
        }

        document.Table(large);
        var bytes = WordFiles.Save(document);

        bytes.ShouldBeValid();
        var (small, big) = (Tables(bytes)[0].Elements<TableRow>().ToList(), Tables(bytes)[1].Elements<TableRow>().ToList());
        small.SkipLast(1).ShouldAllBe(r => KeepsWithNext(r));
        KeepsWithNext(small[^1]).ShouldBeFalse();
        big[0].TableRowProperties!.GetFirstChild<TableHeader>().ShouldNotBeNull();
        big.Skip(1).ShouldAllBe(r => !KeepsWithNext(r), "a table longer than a page is not kept together");
        big.ShouldAllBe(r => r.TableRowProperties!.GetFirstChild<CantSplit>() != null);
    }

    [Fact]
    public void Should_size_columns_to_the_templates_text_width_and_fit_every_header_word()
    {
        var template = WideMarginTemplate();
        using var document = Create(template);
        document.Table(new WordTable(1, 1, 10, 1).Header("Nr.", "Kennung", "Anforderung", "Gewicht"));
        var bytes = WordFiles.Save(document);

        bytes.ShouldBeValid();
        var table = Tables(bytes).Single();
        var widths = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        widths.Sum().ShouldBe(11906 - 2268 - 1701);
        var header = table.Elements<TableRow>().First().Elements<TableCell>().ToList();
        foreach (var (cell, width) in header.Zip(widths))
        {
            width.ShouldBeGreaterThanOrEqualTo(WordColumnWidths.LabelMinimum(cell.InnerText), cell.InnerText);
            cell.TableCellProperties!.TableCellWidth!.Width!.Value.ShouldBe(width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            cell.Descendants<Paragraph>().ShouldAllBe(p => p.ParagraphProperties!.SuppressAutoHyphens != null);
        }

        table.GetFirstChild<TableProperties>()!.TableLayout!.Type!.Value.ShouldBe(TableLayoutValues.Fixed);
    }

    [Fact]
    public void Should_keep_a_lead_in_with_the_list_it_introduces_and_turn_on_hyphenation()
    {
        using var document = Create();
        document.Markdown("Ein gewöhnlicher Absatz.\n\nDer Auftragnehmer liefert Folgendes:\n\n- Controller\n- Software");
        var bytes = WordFiles.Save(document);

        using var read = WordFiles.Open(bytes);
        var paragraphs = WordFiles.Body(read).Elements<Paragraph>().ToList();
        paragraphs.Single(p => p.InnerText == "Der Auftragnehmer liefert Folgendes:").ParagraphProperties!.KeepNext.ShouldNotBeNull();
        paragraphs.Single(p => p.InnerText == "Ein gewöhnlicher Absatz.").ParagraphProperties?.KeepNext.ShouldBeNull();
        read.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<AutoHyphenation>()!.Val!.Value.ShouldBeTrue();
    }

    [Fact]
    public void Should_give_every_column_its_label_width_and_fill_the_text_width_exactly()
    {
        Gen.Select(Gen.Int[1, 20].Array[1, 9], Gen.Int[4000, 12000]).Sample((relative, textWidth) =>
        {
            var minimum = relative.Select(r => (r * 97) % 1500).ToArray();
            var widths = WordColumnWidths.Fit(relative, minimum, textWidth);

            widths.Sum().ShouldBe(textWidth);
            if (minimum.Sum() < textWidth)
            {
                widths.Zip(minimum).ShouldAllBe(p => p.First >= p.Second);
            }
        });
    }

    [Fact]
    public void Should_print_measured_pages_in_the_contents_and_not_ask_Word_to_update_When_pages_are_known()
    {
        using var document = WordDocument.Create(new WordDocumentOptions
        {
            Language = Language.German,
            Title = "Anlage",
            ContentsPages = new Dictionary<string, int> { ["remarks"] = 3, ["needs"] = 12 },
        });
        document.TableOfContents("Inhalt");
        document.Heading(1, "Vorbemerkungen", "remarks");
        document.Heading(1, "Schutzbedarf", "needs");
        var bytes = WordFiles.Save(document);

        bytes.ShouldBeValid();
        using var read = WordFiles.Open(bytes);
        var entries = WordFiles.Body(read).Elements<Paragraph>().Where(p => WordFiles.StyleOf(p) == "TOC1").ToList();
        entries.Select(e => e.InnerText).ShouldBe([" TOC \\o \"1-2\" \\h \\z \\u Vorbemerkungen3", "Schutzbedarf12"]);
        entries[0].Descendants<FieldChar>().First().Dirty.ShouldBeNull();
        read.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>().ShouldBeNull();
    }

    [Fact]
    public void Should_fit_every_table_of_the_annex_to_a_narrower_templates_text_width()
    {
        var annex = ExampleTenders.Annex("street-lighting.json", Language.German);
        var bytes = ExampleTenders.Word(annex, WideMarginTemplate());

        bytes.ShouldBeValid();
        var textWidth = 11906 - 2268 - 1701;
        foreach (var table in Tables(bytes).Where(t => t.Parent is Body or null))
        {
            var widths = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            widths.Sum().ShouldBe(textWidth);
            var first = table.Elements<TableRow>().First();
            if (first.TableRowProperties?.GetFirstChild<TableHeader>() is not null)
            {
                foreach (var (cell, width) in first.Elements<TableCell>().Zip(widths))
                {
                    width.ShouldBeGreaterThanOrEqualTo(WordColumnWidths.LabelMinimum(cell.InnerText), cell.InnerText);
                }
            }
        }
    }

    [Theory]
    [InlineData("Betriebsmodell", "Gewicht")]
    [InlineData("Kommunikations-sicherheit", "Kommunikations-")]
    public void Should_measure_the_widest_word_of_a_label(string label, string widestPiece)
    {
        WordColumnWidths.LabelMinimum(label).ShouldBeGreaterThan(WordColumnWidths.LabelMinimum("Nr."));
        WordColumnWidths.LabelMinimum(label).ShouldBeGreaterThanOrEqualTo(WordColumnWidths.LabelMinimum(widestPiece));
        WordColumnWidths.LabelMinimum("Kommunikations-sicherheit").ShouldBe(WordColumnWidths.LabelMinimum("Kommunikations-"));
    }
}
