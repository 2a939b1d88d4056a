using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Selection;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Annex;

/// <summary>The annex as Word: valid for every example and language, and saying what a bidder must read.</summary>
public sealed class AnnexWordTests
{
    private static (TenderSelection Selection, byte[] Bytes) Compose(string example, Language language)
    {
        var selection = ExampleTenders.Selection(example);
        var annex = new ProcurementKit.Rendering.Annex.AnnexDocument(selection, language, ExampleTenders.Templates(language));
        return (selection, ExampleTenders.Word(annex));
    }

    private static List<Paragraph> BodyParagraphs(WordprocessingDocument document) => [.. WordFiles.Body(document).Descendants<Paragraph>()];

    [Theory]
    [MemberData(nameof(ExampleTenders.AllWithLanguages), MemberType = typeof(ExampleTenders))]
    public void Should_PassTheValidator_When_ComposingAnExampleInEitherLanguage(string example, Language language)
    {
        var (_, bytes) = Compose(example, language);

        WordFiles.ValidationErrors(bytes).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ExampleTenders.AllWithLanguages), MemberType = typeof(ExampleTenders))]
    public void Should_ShowEveryRequirementWithIdTitleObligationTextAndEvidence_When_ReadBack(string example, Language language)
    {
        var (selection, bytes) = Compose(example, language);
        using var document = WordFiles.Open(bytes);
        var paragraphs = BodyParagraphs(document);
        var texts = paragraphs.Select(p => p.InnerText).ToHashSet(StringComparer.Ordinal);

        foreach (var requirement in selection.OfferRequirements)
        {
            var heading = paragraphs.Single(p => p.InnerText == $"{requirement.Id} – {requirement.Title[language]}");
            WordFiles.StyleOf(heading).ShouldBe("Heading3");
            var meta = heading.NextSibling<Paragraph>()!;
            meta.InnerText.ShouldStartWith(requirement.Obligation.Display(language));
            foreach (var text in ExampleTenders.ParagraphTexts(requirement.Text[language]))
            {
                texts.ShouldContain(text, $"{requirement.Id}: clause text missing");
            }

            texts.ShouldContain($"{(language == Language.German ? "Nachweis:" : "Evidence:")} {requirement.Evidence[language]}");
        }
    }

    [Theory]
    [MemberData(nameof(ExampleTenders.AllWithLanguages), MemberType = typeof(ExampleTenders))]
    public void Should_LeaveNoPlaceholder_When_EverythingIsFilledIn(string example, Language language)
    {
        var (_, bytes) = Compose(example, language);
        using var document = WordFiles.Open(bytes);
        var main = document.MainDocumentPart!;

        WordFiles.Body(document).InnerText.ShouldNotContain("{{");
        main.HeaderParts.Concat<OpenXmlPart>(main.FooterParts).ShouldAllBe(p => !p.RootElement!.InnerText.Contains("{{"));
    }

    [Theory]
    [InlineData(Language.German, "Anlage IT-Sicherheitsanforderungen zu 2027-IT-008 · Stand 15. Februar 2027", "Seite ")]
    [InlineData(Language.English, "Annex: IT Security Requirements, tender 2027-IT-008 · as of 15 February 2027", "Page ")]
    public void Should_NameTheDocumentTenderAndDateInTheFooter_And_TheCatalogInTheTitleBlock(Language language, string footerText, string page)
    {
        var (selection, bytes) = Compose("street-lighting.json", language);
        using var document = WordFiles.Open(bytes);

        var footer = document.MainDocumentPart!.FooterParts.Single().Footer!;
        footer.InnerText.ShouldStartWith(footerText + page);
        footer.InnerText.ShouldNotContain(selection.Catalog.ShortHash);
        var titleBlock = WordFiles.Body(document).Descendants<Table>().First().InnerText;
        titleBlock.ShouldContain(selection.Catalog.Info.Version);
        titleBlock.ShouldContain(selection.Catalog.ShortHash);
    }

    [Theory]
    [MemberData(nameof(ExampleTenders.All), MemberType = typeof(ExampleTenders))]
    public void Should_PutPartsTopicsAndRequirementsInOrder_When_HeadingsAreRead(string example)
    {
        var (selection, bytes) = Compose(example, Language.German);
        using var document = WordFiles.Open(bytes);
        var headings = WordFiles.Headings(document);

        var parts = new[] { "preliminary-remarks", "protection-needs", "requirements", "evaluation", "references" }
            .Select(name => File.ReadLines(Path.Combine(RepositoryPaths.TenderTemplates, "de", name + ".md")).First()[2..]);
        headings.Where(h => h.Level == 1).Select(h => h.Text).ShouldBe(parts);
        var requirementPart = headings.SkipWhile(h => h.Text != "Anforderungen").Skip(1).TakeWhile(h => h.Level > 1).ToList();
        var topics = selection.OfferRequirements.Select(r => r.Clause.Topic).Distinct().Select(t => selection.Catalog.FindTopic(t)!.Name.De);
        requirementPart.Where(h => h.Level == 2).Select(h => h.Text).ShouldBe(topics);
        requirementPart.Where(h => h.Level == 3).Select(h => h.Text).ShouldBe(selection.OfferRequirements.Select(r => $"{r.Id} – {r.Title.De}"));
    }

    [Theory]
    [MemberData(nameof(ExampleTenders.All), MemberType = typeof(ExampleTenders))]
    public void Should_NumberRequirementHeadingsAsSelectionJson_When_WordCountsItsOutline(string example)
    {
        var (selection, bytes) = Compose(example, Language.German);
        using var document = WordFiles.Open(bytes);
        var headings = WordFiles.Body(document).Elements<Paragraph>().Where(p => WordFiles.StyleOf(p) is "Heading2" or "Heading3").ToList();
        var numId = headings.First(p => WordFiles.StyleOf(p) == "Heading3" && p.ParagraphProperties?.NumberingProperties is not null).ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;

        // Count the way Word does: level 0 counts topics, level 1 requirements and restarts with each topic.
        var labels = new List<string>();
        var (topic, item) = (0, 0);
        foreach (var numbering in headings.Select(h => h.ParagraphProperties?.NumberingProperties).Where(n => n?.NumberingId?.Val?.Value == numId))
        {
            if (numbering!.NumberingLevelReference!.Val!.Value == 0)
            {
                (topic, item) = (topic + 1, 0);
            }
            else
            {
                labels.Add($"{topic}.{++item}");
            }
        }

        labels.ShouldBe(selection.OfferRequirements.Select(r => r.Number));
        var definition = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var abstractId = definition.Elements<NumberingInstance>().Single(n => n.NumberID! == numId).AbstractNumId!.Val!.Value;
        definition.Elements<AbstractNum>().Single(a => a.AbstractNumberId! == abstractId)
            .Elements<DocumentFormat.OpenXml.Wordprocessing.Level>().Select(l => l.LevelText!.Val!.Value).ShouldBe(["%1", "%1.%2"]);
    }

    [Theory]
    [MemberData(nameof(ExampleTenders.All), MemberType = typeof(ExampleTenders))]
    public void Should_ListEveryCriterionLinkedToItsRequirement_When_TheEvaluationTablesAreRead(string example)
    {
        var (selection, bytes) = Compose(example, Language.German);
        using var document = WordFiles.Open(bytes);
        var body = WordFiles.Body(document);
        var max = selection.Tender.Evaluation.MaxPoints;
        var tables = body.Elements<Table>().Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().ToList()).ToList()).ToList();

        // Several lots: a lot column, and one total row per lot (lots are evaluated apart).
        var lots = selection.Tender.Lots;
        var (lotColumn, totals) = lots.Count > 1 ? (1, lots.Count) : (0, 1);
        string[] header = lots.Count > 1
            ? ["Nr.", "Kennung", "Anforderung", "Los", "Gewicht", "max. Punkte", "Wertung"]
            : ["Nr.", "Kennung", "Anforderung", "Gewicht", "max. Punkte", "Wertung"];
        var scored = tables.SingleOrDefault(t => t[0].Select(c => c.InnerText).SequenceEqual(header));
        if (selection.Scored.Any())
        {
            scored.ShouldNotBeNull();
            scored.Skip(1).SkipLast(totals).Select(r => (r[0].InnerText, r[1].InnerText, r[3 + lotColumn].InnerText, r[4 + lotColumn].InnerText))
                .ShouldBe(selection.Scored.Select(r => (r.Number, r.Id, $"{r.Obligation.Weight}", $"{r.Obligation.Weight * max}")));
            for (var i = 0; i < totals; i++)
            {
                var counted = lots.Count > 1 ? selection.ForLot(lots[i].Id).Where(r => !r.Obligation.IsKnockOut) : selection.Scored;
                scored[^(totals - i)][3 + lotColumn].InnerText.ShouldBe($"{counted.Sum(r => r.Obligation.Weight)}");
            }
        }

        var knockOut = tables.Single(t => t[0].Select(c => c.InnerText).SequenceEqual(["Nr.", "Kennung", "Anforderung"]));
        knockOut.Skip(1).Select(r => r[1].InnerText).ShouldBe(selection.KnockOut.Select(r => r.Id));
        foreach (var row in knockOut.Skip(1).Concat(scored?.Skip(1).SkipLast(totals) ?? []))
        {
            var link = row[0].Descendants<Hyperlink>().Single();
            var target = body.Descendants<BookmarkStart>().Single(b => b.Name == link.Anchor).Parent!;
            target.InnerText.ShouldContain(row[1].InnerText + " – "); // a suitability criterion's heading in part A starts with its number
        }
    }

    [Fact]
    public void Should_WriteIdenticalBytes_When_ComposedTwice()
    {
        var example = ExampleTenders.Largest;

        WordFiles.Sha256(Compose(example, Language.German).Bytes).ShouldBe(WordFiles.Sha256(Compose(example, Language.German).Bytes));
    }

    [Fact]
    public void Should_CarryTheTenderAndCatalogInTheDocumentProperties_When_Saved()
    {
        var (selection, bytes) = Compose("lorawan-network.json", Language.German);
        using var document = WordFiles.Open(bytes);

        document.PackageProperties.Creator.ShouldBe(selection.Tender.Authority);
        document.PackageProperties.Title!.ShouldContain(selection.Tender.Title);
        document.PackageProperties.Keywords!.ShouldContain(selection.Tender.Reference);
        var custom = document.CustomFilePropertiesPart!.Properties!.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>()
            .ToDictionary(p => p.Name!.Value!, p => p.InnerText);
        custom["CatalogVersion"].ShouldBe(selection.Catalog.Info.Version);
        custom["CatalogSha256"].ShouldBe(selection.Catalog.Sha256);
        custom["SelectionHash"].ShouldBe(selection.Hash());
        document.MainDocumentPart!.HeaderParts.Single().Header!.InnerText.ShouldContain(selection.Tender.Reference);
    }

    [Fact]
    public void Should_NameTheLotsOfARequirement_When_TheTenderHasSeveralLots()
    {
        var selection = ExampleTenders.Selection("street-lighting.json");
        var (_, bytes) = Compose("street-lighting.json", Language.German);
        using var document = WordFiles.Open(bytes);
        var paragraphs = BodyParagraphs(document);

        foreach (var requirement in selection.OfferRequirements)
        {
            var meta = paragraphs.Single(p => p.InnerText == $"{requirement.Id} – {requirement.Title.De}").NextSibling<Paragraph>()!.InnerText;
            var lots = requirement.Lots.Count == selection.Tender.Lots.Count
                ? "alle Lose"
                : $"{(requirement.Lots.Count == 1 ? "Los" : "Lose")} {string.Join(", ", requirement.Lots)}";
            meta.ShouldStartWith($"{requirement.Obligation.Display(Language.German)} · {lots}");
        }
    }

    [Fact]
    public void Should_UseTheMunicipalitysTemplate_When_OneIsGiven()
    {
        var annex = ExampleTenders.Annex("sensor-rollout.json", Language.German);
        var bytes = ExampleTenders.Word(annex, ProcurementKit.Tests.Rendering.Word.WordTemplateTests.MunicipalTemplate());
        bytes.ShouldBeValid();
        using var document = WordFiles.Open(bytes);

        var selection = ExampleTenders.Selection("sensor-rollout.json");
        WordFiles.ParagraphTexts(document)[0].ShouldBe("Stadt Musterhausen · Der Oberbürgermeister");
        document.MainDocumentPart!.HeaderParts.Single().Header!.InnerText.ShouldBe($"Stadt MusterhausenVergabestelle – {selection.Tender.Reference}");
        WordFiles.Body(document).Elements<Paragraph>().Where(p => WordFiles.StyleOf(p) == "berschrift1").ShouldNotBeEmpty();
    }
}
