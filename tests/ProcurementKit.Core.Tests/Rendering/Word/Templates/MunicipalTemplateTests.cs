using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Annex;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Word.Templates;

/// <summary>
/// The street-lighting annex (186 requirements) composed with each template a municipality might bring (Fixtures/templates): valid,
/// in the template's styles, header and footer, and with nothing of the template's sample text unless the template
/// placed it before or after its annex marker.
/// </summary>
public sealed class MunicipalTemplateTests
{
    private static readonly Lazy<AnnexDocument> s_annex = new(() => ExampleTenders.Annex("street-lighting.json", Language.German));

    /// <summary>What a reader must find of each template: heading 1 style id, header and footer text (null: built-in), kept and dropped text.</summary>
    private static readonly Dictionary<string, Expected> s_expected = new(StringComparer.Ordinal)
    {
        ["pandoc-reference.docx"] = new("Heading1", null, null, [], ["Heading 1", "Body Text.", "Table caption.", "DefinitionTerm", "Abstract"]),
        ["python-docx-default.docx"] = new("Heading1", "Stadt Beispielstadt · Zentrale Vergabestelle · 2027-IT-008", "Beispielstadt – Vergabeunterlagen", [],
            ["Beispielüberschrift aus der Vorlage", "Beispieltext"]),
        ["letterhead-marker.docx"] = Letterhead,
        ["vorlage.dotx"] = Letterhead,
        ["makro.docm"] = Letterhead,
        ["sample-bookmarks.docx"] = new("Heading1", "Landkreis Beispielkreis – Amt für Digitalisierung", null,
            ["Hinweis für Bearbeiter: Vor dem Versand alle gelben Stellen ausfüllen.", "Vergabenummer 2027-IT-008 – Anlage IT-Sicherheit", "Ende der Vergabeunterlagen."],
            ["Hier wird die Anlage eingefügt.", "Bitte vor Veröffentlichung prüfen."]),
        ["deutsch.docx"] = new("berschrift1", "Stadtverwaltung Musterstadt – Kopfzeile der deutschen Vorlage", "Musterstadt – Fußzeile", [], ["Beispielinhalt der deutschen Vorlage."]),
    };

    private static Expected Letterhead => new("Heading1", "Stadt Musterhausen · Der Oberbürgermeister",
        "Stadt Musterhausen · Rathausplatz 1 · 12345 Musterhausen · Vergabe 2027-IT-008",
        ["Anlage zu den Vergabeunterlagen – Briefkopf der Vergabestelle", "Musterhausen, 15. Februar 2027", "Im Auftrag – Zentrale Vergabestelle (Schlusstext nach der Anlage)"],
        ["{{annex}}"]);

    public static TheoryData<string> Templates() => TemplateFixtures.All();

    internal static byte[] Compose(string template) => ExampleTenders.Word(s_annex.Value, TemplateFixtures.Bytes(template));

    [Theory]
    [MemberData(nameof(Templates))]
    public void Should_WriteAValidAnnex_When_ComposedWithTheTemplate(string template)
    {
        s_expected.ShouldContainKey(template, "every fixture says what a reader must find");

        Compose(template).ShouldBeValid();
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Should_UseTheTemplatesStylesHeaderAndFooter_When_ComposedWithTheTemplate(string template)
    {
        var expected = s_expected[template];
        using var document = WordFiles.Open(Compose(template));
        var main = document.MainDocumentPart!;

        var topics = WordFiles.Body(document).Elements<Paragraph>().Where(p => WordFiles.StyleOf(p) == expected.Heading1).ToList();
        topics.Count.ShouldBeGreaterThan(3);
        var headers = main.HeaderParts.Select(h => h.Header!.InnerText).ToList();
        var footers = main.FooterParts.Select(f => f.Footer!.InnerText).ToList();
        if (expected.Header is null)
        {
            headers.ShouldHaveSingleItem().ShouldContain("2027-IT-008");
        }
        else
        {
            headers.ShouldContain(expected.Header);
        }

        if (expected.Footer is null)
        {
            main.FooterParts.Single().Footer!.Descendants<FieldCode>().Select(f => f.Text.Trim()).ShouldBe(["PAGE", "NUMPAGES"]);
        }
        else
        {
            footers.ShouldBe([expected.Footer]);
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Should_KeepOnlyWhatStandsAroundTheMarker_When_TheTemplateHasSampleContent(string template)
    {
        var expected = s_expected[template];
        using var document = WordFiles.Open(Compose(template));
        var texts = WordFiles.ParagraphTexts(document).ToList();
        var title = texts.IndexOf("IT-Sicherheitsanforderungen");
        var lastRequirement = texts.FindLastIndex(t => t.StartsWith("Nachweis", StringComparison.Ordinal));

        foreach (var dropped in expected.Dropped)
        {
            texts.ShouldNotContain(t => t.Contains(dropped, StringComparison.Ordinal), dropped);
        }

        foreach (var kept in expected.Kept)
        {
            var at = texts.IndexOf(kept);
            at.ShouldBeGreaterThanOrEqualTo(0, kept);
            (at < title || at > lastRequirement).ShouldBeTrue($"'{kept}' stands before the title or after the annex");
        }

        if (expected.Kept.Count == 0)
        {
            title.ShouldBe(0, "without a marker the annex starts the document");
        }
    }

    [Fact]
    public void Should_PutTheLetterheadFirstAndTheClosingTextLast_When_TheTemplateHasAnAnnexParagraph()
    {
        using var document = WordFiles.Open(Compose("letterhead-marker.docx"));
        var body = WordFiles.Body(document);

        var letterhead = body.Elements<Table>().First();
        letterhead.InnerText.ShouldContain("Zentrale Vergabestelle");
        letterhead.InnerText.ShouldContain("Aktenzeichen: 2027-IT-008");
        body.ChildElements[0].ShouldBe(letterhead);
        var blocks = body.ChildElements.Where(e => e is Paragraph or Table).ToList();
        blocks[^1].InnerText.ShouldBe("Im Auftrag – Zentrale Vergabestelle (Schlusstext nach der Anlage)");
        blocks[^2].InnerText.ShouldBe("Musterhausen, 15. Februar 2027");
    }

    [Fact]
    public void Should_KeepTheHeaderLogo_When_TheTemplatesHeaderHasAnImage()
    {
        using var document = WordFiles.Open(Compose("letterhead-marker.docx"));

        var header = document.MainDocumentPart!.HeaderParts.Single(h => h.Header!.InnerText.Contains("Oberbürgermeister", StringComparison.Ordinal));
        var blip = header.Header!.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
        header.GetPartById(blip.Embed!.Value!).ShouldBeAssignableTo<ImagePart>();
        var section = WordFiles.Body(document).Elements<SectionProperties>().Single();
        section.GetFirstChild<PageSize>()!.Width!.Value.ShouldBe(11906U);
        section.GetFirstChild<PageMargin>()!.Left!.Value.ShouldBe(1417U, "the template's 25 mm");
    }

    [Theory]
    [InlineData("makro.docm")]
    [InlineData("vorlage.dotx")]
    public void Should_WriteAMacroFreeDocx_When_TheTemplateIsADotxOrDocm(string template)
    {
        var bytes = Compose(template);

        ZipEdit.Names(bytes).ShouldNotContain(n => n.Contains("vba", StringComparison.OrdinalIgnoreCase));
        var contentTypes = ZipEdit.Read(bytes, "[Content_Types].xml");
        contentTypes.ShouldNotContain("macroEnabled", Case.Insensitive);
        contentTypes.ShouldNotContain("vbaProject", Case.Insensitive);
        contentTypes.ShouldNotContain("template.main+xml");
        using var document = WordFiles.Open(bytes);
        document.DocumentType.ShouldBe(DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        document.MainDocumentPart!.ContentType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        document.MainDocumentPart.DocumentSettingsPart!.Settings!.Elements<AttachedTemplate>().ShouldBeEmpty();
    }

    [Fact]
    public void Should_KeepTheTemplatesBookmarksUniqueAndDropItsComments_When_TheyStandBeforeAndAfterTheMarker()
    {
        using var document = WordFiles.Open(Compose("sample-bookmarks.docx"));
        var body = WordFiles.Body(document);

        var names = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value!).ToList();
        names.ShouldContain("Hinweis");
        names.ShouldContain("Vergabenummer");
        names.ShouldContain("Ende");
        names.ShouldNotContain("procurementkit-annex");
        body.Descendants<BookmarkStart>().Select(b => b.Id!.Value).ShouldBeUnique();
        body.Descendants<CommentRangeStart>().ShouldBeEmpty();
        body.Descendants<CommentReference>().ShouldBeEmpty();
        document.MainDocumentPart!.WordprocessingCommentsPart.ShouldBeNull();
        body.Descendants<SdtBlock>().ShouldBeEmpty();
    }

    [Fact]
    public void Should_WriteIdenticalBytes_When_ComposedTwiceWithATemplate()
    {
        WordFiles.Sha256(Compose("makro.docm")).ShouldBe(WordFiles.Sha256(Compose("makro.docm")));
    }

    private sealed record Expected(string Heading1, string? Header, string? Footer, IReadOnlyList<string> Kept, IReadOnlyList<string> Dropped);
}
