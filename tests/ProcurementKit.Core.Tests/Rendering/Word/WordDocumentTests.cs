using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Word;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Word;

public sealed class WordDocumentTests
{
    private static WordDocumentOptions Options(Language language = Language.German) => new()
    {
        Language = language,
        Title = "Anlage IT-Sicherheit",
        Subject = "Ausschreibung 2026-T-1",
        Creator = "Stadt Test",
        Keywords = ["IT-Sicherheit", "IoT"],
        Date = "2026-12-01",
        CustomProperties = [new("CatalogVersion", "1.0.0"), new("CatalogSha256", "abc123")],
        HeaderLeft = "2026-T-1",
        HeaderRight = "Anlage",
        FooterLeft = "Katalog 1.0.0",
    };

    private static byte[] Sample(Language language = Language.German)
    {
        using var document = WordDocument.Create(Options(language));
        document.Paragraph("Anlage IT-Sicherheit", WordStyleIds.Title);
        document.TableOfContents("Inhalt");
        var parts = document.Numbering.Outline(1, OutlineLevelFormat.UpperLetter("%1"), OutlineLevelFormat.Decimal("%1.%2"));
        document.Heading(1, "Vorbemerkungen", "remarks", parts);
        document.Heading(2, "Gegenstand", outline: parts);
        document.Markdown("Text mit **fett**.\n\n1. eins\n2. zwei");
        var requirements = document.Numbering.Outline(2, OutlineLevelFormat.Decimal("%1"), OutlineLevelFormat.Decimal("%1.%2"));
        document.Heading(1, "Anforderungen", outline: parts);
        document.Heading(2, "Governance", outline: requirements);
        document.Heading(3, "GOV-01 Sicherheitskonzept", "req-GOV-01", requirements);
        var table = new WordTable(1, 4);
        table.Header("Nr.", "Anforderung");
        table.Row(WordTable.Cell(document.InternalLink("req-GOV-01", "1.1")), WordTable.Cell("GOV-01"));
        document.Table(table);
        return WordFiles.Save(document);
    }

    [Fact]
    public void Should_PassTheValidator_When_EveryBuildingBlockIsUsed()
    {
        Sample().ShouldBeValid();
        Sample(Language.English).ShouldBeValid();
    }

    [Fact]
    public void Should_WriteIdenticalBytes_When_BuiltTwice()
    {
        WordFiles.Sha256(Sample()).ShouldBe(WordFiles.Sha256(Sample()));
    }

    [Fact]
    public void Should_StoreTitleAuthorKeywordsDateAndCustomProperties_When_Saved()
    {
        using var document = WordFiles.Open(Sample());

        var core = document.PackageProperties;
        core.Title.ShouldBe("Anlage IT-Sicherheit");
        core.Subject.ShouldBe("Ausschreibung 2026-T-1");
        core.Creator.ShouldBe("Stadt Test");
        core.Keywords.ShouldBe("IT-Sicherheit; IoT");
        core.Language.ShouldBe("de-DE");
        core.Created.ShouldBe(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));
        var custom = document.CustomFilePropertiesPart!.Properties!.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>()
            .ToDictionary(p => p.Name!.Value!, p => p.InnerText);
        custom.ShouldBe(new Dictionary<string, string> { ["CatalogVersion"] = "1.0.0", ["CatalogSha256"] = "abc123" });
    }

    [Theory]
    [InlineData(Language.German, "de-DE", "Seite ", " von ")]
    [InlineData(Language.English, "en-US", "Page ", " of ")]
    public void Should_SetLanguageAndPageOfPagesFooter_When_LanguageGiven(Language language, string tag, string page, string of)
    {
        using var document = WordFiles.Open(Sample(language));

        var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!;
        defaults.Descendants<DocumentFormat.OpenXml.Wordprocessing.Languages>().Single().Val!.Value.ShouldBe(tag);
        var footer = document.MainDocumentPart.FooterParts.Single().Footer!;
        footer.Descendants<FieldCode>().Select(f => f.Text.Trim()).ShouldBe(["PAGE", "NUMPAGES"]);
        footer.InnerText.ShouldContain(page);
        footer.InnerText.ShouldContain(of);
        document.MainDocumentPart.HeaderParts.Single().Header!.InnerText.ShouldBe("2026-T-1Anlage");
        document.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value.ShouldBeTrue();
    }

    [Fact]
    public void Should_NumberHeadingsWithWordNumbering_When_OutlinesAreUsed()
    {
        using var document = WordFiles.Open(Sample());
        var body = WordFiles.Body(document);

        var headings = body.Elements<Paragraph>().Where(p => WordFiles.StyleOf(p)?.StartsWith("Heading", StringComparison.Ordinal) == true).ToList();
        headings.Select(h => h.InnerText).ShouldBe(["Vorbemerkungen", "Gegenstand", "Anforderungen", "Governance", "GOV-01 Sicherheitskonzept"]);
        headings.ShouldAllBe(h => h.ParagraphProperties!.NumberingProperties != null);
        var levels = headings.Select(h => h.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value).ToList();
        levels.ShouldBe([0, 1, 0, 0, 1]);
        var numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        numbering.Elements<AbstractNum>().SelectMany(a => a.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>()).Select(l => l.LevelText!.Val!.Value).ShouldContain("%1.%2");
    }

    [Fact]
    public void Should_ListEveryHeadingInTheTocField_When_Saved()
    {
        using var document = WordFiles.Open(Sample());
        var body = WordFiles.Body(document);

        body.Descendants<FieldCode>().First().Text.ShouldContain("TOC \\o \"1-2\" \\h");
        var entries = body.Elements<Paragraph>().Where(p => WordFiles.StyleOf(p)?.StartsWith("TOC", StringComparison.Ordinal) == true && WordFiles.StyleOf(p) != "TOCHeading")
            .Select(p => string.Concat(p.Descendants<Hyperlink>().Select(h => h.InnerText))).ToList();
        entries.ShouldBe(["AVorbemerkungen", "A.1Gegenstand", "BAnforderungen", "1Governance"]);
    }

    [Fact]
    public void Should_PointTheInternalLinkAtTheHeadingBookmark_When_AnchorsMatch()
    {
        using var document = WordFiles.Open(Sample());
        var body = WordFiles.Body(document);

        var link = body.Descendants<TableCell>().SelectMany(c => c.Descendants<Hyperlink>()).Single();
        var bookmark = body.Descendants<BookmarkStart>().Single(b => b.Name == link.Anchor);
        bookmark.Parent!.InnerText.ShouldBe("GOV-01 Sicherheitskonzept");
        link.InnerText.ShouldBe("1.1");
    }

    [Fact]
    public void Should_LinkToTheWebOnce_When_TheSameAddressIsUsedTwice()
    {
        using var document = WordDocument.Create(Options());
        document.Append(WordText.ParagraphOf(null,
            document.ExternalLink("https://www.bsi.bund.de/", "BSI"),
            document.ExternalLink("https://www.bsi.bund.de/", "BSI, again"),
            document.ExternalLink("kein Link", "plain")));
        var bytes = WordFiles.Save(document);
        bytes.ShouldBeValid();
        using var opened = WordFiles.Open(bytes);

        var links = WordFiles.Body(opened).Descendants<Hyperlink>().ToList();
        links.Select(l => l.InnerText).ShouldBe(["BSI", "BSI, again"]);
        links.Select(l => l.Id!.Value).Distinct().ShouldHaveSingleItem();
        opened.MainDocumentPart!.HyperlinkRelationships.Single().Uri.ShouldBe(new Uri("https://www.bsi.bund.de/"));
        WordFiles.ParagraphTexts(opened).ShouldContain("BSIBSI, againplain");
    }

    [Fact]
    public void Should_RepeatTheHeaderRowAndKeepRowsWhole_When_TableHasHeader()
    {
        using var document = WordFiles.Open(Sample());
        var table = WordFiles.Body(document).Elements<Table>().Single();

        var rows = table.Elements<TableRow>().ToList();
        rows[0].TableRowProperties!.GetFirstChild<TableHeader>().ShouldNotBeNull();
        rows.ShouldAllBe(r => r.TableRowProperties!.GetFirstChild<CantSplit>() != null);
        rows[1].TableRowProperties!.GetFirstChild<TableHeader>().ShouldBeNull();
        table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value.ShouldBe(WordStyleIds.Table);
    }
}
