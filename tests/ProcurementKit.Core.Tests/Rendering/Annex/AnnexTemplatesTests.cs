using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Annex;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Annex;

public sealed class AnnexTemplatesTests
{
    private static AnnexTemplates With(string name, string markdown)
    {
        var texts = ExampleTenders.Templates(Language.German).Texts.ToDictionary(t => t.Key, t => t.Value);
        texts[name] = new TemplateText(name, $"own/de/{name}.md", markdown);
        return new AnnexTemplates(texts);
    }

    [Theory]
    [InlineData(Language.German)]
    [InlineData(Language.English)]
    public void Should_FindNoProblem_When_TheShippedTemplatesAreChecked(Language language)
    {
        var templates = ExampleTenders.Templates(language);

        templates.Check($"tender-templates/{language.Code()}").ShouldBeEmpty();
        templates.Texts.Keys.Order().ShouldBe(AnnexTemplates.Names.Order());
    }

    [Fact]
    public void Should_NameFileLineAndColumn_When_APlaceholderIsUnknown()
    {
        var templates = With("cover", "# Titel\n\nDie {{authorty}} schreibt aus.\n");

        var problem = templates.Check("own/de").ShouldHaveSingleItem();
        problem.ToString().ShouldStartWith("own/de/cover.md:3:5: error PK0502: unknown placeholder '{{authorty}}' (did you mean 'authority'?)");
    }

    [Fact]
    public void Should_RefuseABlockPlaceholderInsideText_When_ItSharesItsLine()
    {
        var templates = With("preliminary-remarks", "# Vorbemerkungen\n\nDie Lose: {{lots-table}}\n");

        templates.Check("own/de").ShouldHaveSingleItem().Code.ShouldBe("PK0503");
    }

    [Fact]
    public void Should_ReportAMissingFile_When_ATemplateIsNotThere()
    {
        var texts = ExampleTenders.Templates(Language.German).Texts.Where(t => t.Key != "references").ToDictionary(t => t.Key, t => t.Value);

        var problem = new AnnexTemplates(texts).Check("tender-templates/de").ShouldHaveSingleItem();
        problem.ToString().ShouldStartWith("tender-templates/de/references.md: error PK0501");
    }

    [Fact]
    public void Should_UseTheMunicipalitysWording_When_ATemplateIsAdapted()
    {
        var selection = ExampleTenders.Selection("sensor-rollout.json");
        var templates = With("preliminary-remarks", "# Allgemeines\n\n## Zweck\n\nDie {{authority}} (Az. {{reference}}) regelt hier *alles* Nötige.\n\n{{lots-table}}\n");
        var annex = new AnnexDocument(selection, Language.German, templates);
        using var document = WordFiles.Open(ExampleTenders.Word(annex));

        WordFiles.Headings(document).Take(2).ShouldBe([(1, "Allgemeines"), (2, "Zweck")]);
        WordFiles.ParagraphTexts(document).ShouldContain($"Die {selection.Tender.Authority} (Az. {selection.Tender.Reference}) regelt hier alles Nötige.");
        ExampleTenders.Markdown(annex).ShouldContain("# A Allgemeines {#preliminary-remarks}\n\n## A.1 Zweck {#preliminary-remarks-1}");
    }

    [Fact]
    public void Should_ShowTenderTextLiterally_When_ItContainsMarkdownCharacters()
    {
        var selection = ExampleTenders.Selection("sensor-rollout.json") is var s
            ? s with { Tender = s.Tender with { Authority = "Stadt *Muster* <b>" } }
            : null!;
        var annex = new AnnexDocument(selection, Language.German, ExampleTenders.Templates(Language.German));
        using var document = WordFiles.Open(ExampleTenders.Word(annex));

        WordFiles.ParagraphTexts(document).ShouldContain(t => t.StartsWith("Der Auftraggeber (Stadt *Muster* <b>) beschafft", StringComparison.Ordinal));
    }
}
