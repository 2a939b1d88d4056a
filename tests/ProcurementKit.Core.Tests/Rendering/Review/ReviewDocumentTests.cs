using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Review;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Review;

public sealed class ReviewDocumentTests
{
    // What a reviewer reads where the clause text says {{support-period-years}}.
    private const string Support = "[Supportzeitraum: normal 5 / hoch 7 / sehr hoch 10\u00A0Jahre]";
    private const string SupportEnglish = "[Support period: normal 5 / high 7 / very high 10\u00A0years]";

    private static RequirementsCatalog Small() => TestCatalog.Load(
        TestCatalog.Clause("UPD-01", "legal-note: { de: \"Mit Vergabestelle abgestimmt\", en: \"Agreed with procurement\" }"),
        TestCatalog.Clause("UPD-02", "status: draft", "approved-by: ~remove", "approved-on: ~remove", "from-level: high",
            "obligation: { high: { kind: B, weight: 2 }, very-high: { kind: A } }"),
        TestCatalog.Clause("CRY-01", "status: retired"));

    private static byte[] Render(RequirementsCatalog catalog, Language language = Language.German, bool both = false)
    {
        using var stream = new MemoryStream();
        ReviewDocument.Create(stream, catalog, language, both);
        return stream.ToArray();
    }

    private static List<List<string>> Tables(byte[] bytes)
    {
        using var document = WordFiles.Open(bytes);
        return [.. WordFiles.Body(document).Elements<Table>()
            .Select(t => t.Elements<TableRow>().Select(r => string.Join(" | ", r.Elements<TableCell>().Select(c => c.InnerText))).ToList())];
    }

    [Fact]
    public void Should_pass_the_validator_and_write_identical_bytes_When_rendered_twice()
    {
        var bytes = Render(Small());

        bytes.ShouldBeValid();
        Render(Small(), Language.English).ShouldBeValid();
        Render(Small(), both: true).ShouldBeValid();
        WordFiles.Sha256(bytes).ShouldBe(WordFiles.Sha256(Render(Small())));
    }

    [Fact]
    public void Should_count_clauses_by_topic_status_and_obligation_When_the_summary_is_built()
    {
        var tables = Tables(Render(Small()));

        tables.First(t => t[0].StartsWith("Thema", StringComparison.Ordinal)).ShouldBe(
        [
            "Thema | Klauseln | freigegeben | Entwurf | zurückgezogen",
            "Sicherheitsupdates | 2 | 1 | 1 | 0",
            "Kryptografie | 1 | 0 | 0 | 1",
            "Summe | 3 | 1 | 1 | 1",
        ]);
        tables.First(t => t[0].StartsWith("Stufe", StringComparison.Ordinal)).ShouldBe(
        [
            "Stufe | MUSS (A) | SOLL (B) | nicht anwendbar",
            "normal | 0 | 1 | 1",
            "hoch | 1 | 1 | 0",
            "sehr hoch | 2 | 0 | 0",
        ]);
    }

    [Fact]
    public void Should_show_status_approval_levels_and_parameters_When_a_clause_is_printed()
    {
        var tables = Tables(Render(Small()));

        var facts = tables.First(t => t.Contains("Freigabe | Rechtsamt, 1. Oktober 2026"));
        facts.ShouldContain("Status | freigegeben");
        facts.ShouldContain("Rechtlicher Hinweis | Mit Vergabestelle abgestimmt");
        facts.ShouldContain("Anwendbar ab Schutzbedarf | normal");
        facts.ShouldContain("Referenzen | CRA Art. 13 Abs. 8");
        facts.ShouldContain("Datei | clauses/security-updates/UPD-01.md");
        tables.ShouldContain(t => t.SequenceEqual(new[]
        {
            " | normal | hoch | sehr hoch",
            "Verpflichtung | SOLL (B, Gewicht 3) | MUSS (A) | MUSS (A)",
            "Supportzeitraum (Mindestwert 5\u00A0Jahre) | 5\u00A0Jahre | 7\u00A0Jahre | 10\u00A0Jahre",
        }));
        tables.ShouldContain(t => t.Contains("Verpflichtung | nicht anwendbar | SOLL (B, Gewicht 2) | MUSS (A)"));
    }

    [Fact]
    public void Should_group_clauses_under_numbered_topics_with_text_evidence_and_rationale_When_rendered()
    {
        using var document = WordFiles.Open(Render(Small()));
        var texts = WordFiles.ParagraphTexts(document);

        WordFiles.Headings(document).Where(h => h.Level <= 2).Select(h => h.Text).ShouldBe(
        [
            "Übersicht", "Klauseln nach Thema und Status", "Verpflichtung je Schutzbedarf", "Sicherheitsupdates", $"UPD-01 Updates für {Support}", $"UPD-02 Updates für {Support}",
            "Kryptografie", $"CRY-01 Updates für {Support}", "Abschluss der Prüfung",
        ]);
        WordFiles.Body(document).Elements<Paragraph>().Single(p => p.InnerText == "Sicherheitsupdates")
            .ParagraphProperties!.NumberingProperties.ShouldNotBeNull();
        texts.ShouldContain($"Der Auftragnehmer liefert Updates für {Support}.");
        texts.ShouldContain("Nachweis: Herstellererklärung");
        texts.ShouldContain("Begründung: Begründung");
        texts.ShouldContain("Version 1 · Entwurf · Planungsphase");
    }

    [Fact]
    public void Should_set_german_and_english_side_by_side_When_both_languages_are_asked_for()
    {
        var tables = Tables(Render(Small(), both: true));

        tables.ShouldContain(t => t.SequenceEqual(new[]
        {
            "Deutsch | Englisch",
            $"Updates für {Support} | Updates for {SupportEnglish}",
            $"Der Auftragnehmer liefert Updates für {Support}. | The contractor supplies updates for {SupportEnglish}.",
        }));
    }

    [Fact]
    public void Should_use_english_labels_and_texts_When_the_language_is_english()
    {
        using var document = WordFiles.Open(Render(Small(), Language.English));
        var texts = WordFiles.ParagraphTexts(document);

        texts.ShouldContain($"The contractor supplies updates for {SupportEnglish}.");
        texts.ShouldContain("Evidence: Manufacturer declaration");
        texts.ShouldNotContain($"Der Auftragnehmer liefert Updates für {Support}.");
        document.PackageProperties.Title.ShouldBe("Review copy of the requirements catalog 0.1.0");
    }

    [Fact]
    public void Should_cite_the_release_in_the_properties_When_saved()
    {
        var catalog = Small();
        using var document = WordFiles.Open(Render(catalog));

        document.PackageProperties.Created.ShouldBe(new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc));
        var custom = document.CustomFilePropertiesPart!.Properties!.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>()
            .ToDictionary(p => p.Name!.Value!, p => p.InnerText);
        custom["CatalogVersion"].ShouldBe("0.1.0");
        custom["CatalogSha256"].ShouldBe(catalog.Sha256);
    }

    [Fact]
    public void Should_name_the_review_copy_with_version_and_release_date_in_the_footer()
    {
        using var document = WordFiles.Open(Render(Small()));

        document.MainDocumentPart!.FooterParts.Single().Footer!.InnerText
            .ShouldStartWith("Prüffassung des Anforderungskatalogs 0.1.0 · Stand 1. Oktober 2026" + "Seite ");
    }

    [Fact]
    public void Should_render_the_whole_shipped_catalog_validator_clean_When_every_clause_is_printed()
    {
        var catalog = ShippedCatalog.Catalog;
        var bytes = Render(catalog, both: true);

        bytes.ShouldBeValid();
        using var document = WordFiles.Open(bytes);
        WordFiles.Headings(document).Count(h => h.Level == 2).ShouldBe(catalog.Clauses.Count + 2);
        string.Concat(WordFiles.ParagraphTexts(document)).ShouldNotContain("{{");
    }

    [Theory]
    [InlineData(Language.German, false)]
    [InlineData(Language.English, false)]
    [InlineData(Language.German, true)]
    public void Should_show_no_placeholder_and_a_decision_field_per_clause_When_the_shipped_catalog_is_rendered(Language language, bool both)
    {
        var catalog = ShippedCatalog.Catalog;
        var bytes = Render(catalog, language, both);

        bytes.ShouldBeValid();
        using var document = WordFiles.Open(bytes);
        var main = document.MainDocumentPart!;
        // Every part a reader sees: body (with headings and contents), headers, footers.
        foreach (var xml in new[] { main.Document!.InnerText }.Concat(main.HeaderParts.Select(h => h.Header!.InnerText)).Concat(main.FooterParts.Select(f => f.Footer!.InnerText)))
        {
            xml.ShouldNotContain("{{");
        }

        var decisions = WordFiles.Body(document).Descendants<SdtRun>()
            .Select(s => (Tag: s.SdtProperties!.GetFirstChild<Tag>()!.Val!.Value!, Choices: s.SdtProperties.GetFirstChild<SdtContentDropDownList>()))
            .ToList();
        decisions.Where(d => d.Tag.StartsWith(ReviewDecision.DecisionTag, StringComparison.Ordinal)).Select(d => d.Tag[ReviewDecision.DecisionTag.Length..])
            .ShouldBe(catalog.Clauses.Select(c => c.Id), ignoreOrder: true);
        decisions.Where(d => d.Tag.StartsWith(ReviewDecision.DecisionTag, StringComparison.Ordinal))
            .ShouldAllBe(d => d.Choices!.Elements<ListItem>().Count() == 3);
        decisions.Count(d => d.Tag.StartsWith(ReviewDecision.CommentTag, StringComparison.Ordinal)).ShouldBe(catalog.Clauses.Count);
        // Each control has its own id, and the same every time.
        WordFiles.Body(document).Descendants<SdtId>().Select(i => i.Val!.Value).ShouldBeUnique();
    }

    [Fact]
    public void Should_name_parameters_by_their_labels_When_the_shipped_catalog_is_rendered()
    {
        var catalog = ShippedCatalog.Catalog;
        var tables = Tables(Render(catalog));
        var names = catalog.Clauses.SelectMany(c => c.Parameters).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        tables.SelectMany(t => t).Where(row => names.Any(n => row.StartsWith(n + " ", StringComparison.Ordinal))).ShouldBeEmpty();
        tables.ShouldContain(t => t.Any(row => row.StartsWith("Frist für das Sicherheitskonzept des Pilotvorhabens (", StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_open_with_purpose_release_date_version_and_hash_and_close_with_a_sign_off_When_rendered()
    {
        var catalog = Small();
        using var document = WordFiles.Open(Render(catalog));
        var body = WordFiles.Body(document);
        var texts = WordFiles.ParagraphTexts(document);

        var titleFacts = body.Elements<Table>().First().Elements<TableRow>().Select(r => string.Join(" | ", r.Elements<TableCell>().Select(c => c.InnerText))).ToList();
        titleFacts.ShouldContain("Version | 0.1.0");
        titleFacts.ShouldContain("Stand | 1. Oktober 2026");
        titleFacts.ShouldContain($"SHA-256 | {catalog.Sha256}");
        texts.ShouldContain(t => t.StartsWith("Zweck: Diese Prüffassung", StringComparison.Ordinal));
        var signOff = body.Elements<Table>().Last().Elements<TableRow>().Select(r => string.Join(" | ", r.Elements<TableCell>().Select(c => c.InnerText.Trim()))).ToList();
        signOff.ShouldBe(["Name | Funktion | Datum | Unterschrift", " | Rechtsprüfung |  | ", " | Informationssicherheit |  | ", " | Vergabestelle |  | "]);
    }

    [SkippableFact]
    public void Should_render_in_LibreOffice_When_soffice_is_installed()
    {
        LibreOffice.SkipUnlessAvailable();

        var path = Path.Combine(Directory.CreateTempSubdirectory("pk-review-").FullName, "review.docx");
        File.WriteAllBytes(path, Render(Small(), both: true));

        var pdf = LibreOffice.Convert(path, "pdf");

        new FileInfo(pdf).Length.ShouldBeGreaterThan(10_000);
    }
}
