using System.Text.RegularExpressions;
using ProcurementKit.Catalog;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Annex;

/// <summary>annex.md: the same content as the Word annex, in Markdown pandoc reads (YAML title block, heading ids).</summary>
public sealed class AnnexMarkdownTests
{
    [Theory]
    [MemberData(nameof(ExampleTenders.AllWithLanguages), MemberType = typeof(ExampleTenders))]
    public void Should_CarryEveryRequirementWithNumberTextAndEvidence_When_WrittenAsMarkdown(string example, Language language)
    {
        var selection = ExampleTenders.Selection(example);
        var markdown = ExampleTenders.Markdown(ExampleTenders.Annex(example, language));

        markdown.ShouldNotContain("{{");
        foreach (var requirement in selection.OfferRequirements)
        {
            markdown.ShouldContain($"\n### {requirement.Number} {requirement.Id} – ");
            markdown.ShouldContain($"{{#req-{requirement.Id}}}\n\n**{requirement.Obligation.Display(language)}**");
            markdown.ShouldContain(requirement.Text[language].Trim());
            markdown.ShouldContain($"[{requirement.Number}](#req-{requirement.Id}) | {requirement.Id} |");
        }
    }

    [Fact]
    public void Should_StartWithAPandocTitleBlock_When_WrittenAsMarkdown()
    {
        var selection = ExampleTenders.Selection("lorawan-network.json");
        var markdown = ExampleTenders.Markdown(ExampleTenders.Annex("lorawan-network.json", Language.German));

        var lines = markdown.Split('\n');
        lines[0].ShouldBe("---");
        lines.ShouldContain("title: \"IT-Sicherheitsanforderungen\"");
        lines.ShouldContain($"subtitle: \"{selection.Tender.Title}\"");
        lines.ShouldContain($"author: \"{selection.Tender.Authority}\"");
        lines.ShouldContain("lang: de-DE");
    }

    [Fact]
    public void Should_HaveTheSameHeadingsAsTheWordAnnex_When_BothAreWritten()
    {
        var annex = ExampleTenders.Annex("street-lighting.json", Language.English);
        using var document = WordFiles.Open(ExampleTenders.Word(annex));
        var markdown = ExampleTenders.Markdown(annex);
        var suitability = ExampleTenders.Selection("street-lighting.json").Suitability.Select(r => $"req-{r.Id}").ToHashSet();

        // Every heading of the annex is numbered: "## A.1 Subject and scope {#preliminary-remarks-1}", except the
        // suitability criteria, whose unnumbered heading carries the selection number as text: "### 1.11 GOV-14 – …".
        var fromMarkdown = markdown.Split('\n').Select(l => Regex.Match(l, @"^(#+) (\S+) (.*) \{#([^}]+)\}$")).Where(m => m.Success)
            .Select(m => (m.Groups[1].Length,
                (suitability.Contains(m.Groups[4].Value) ? $"{m.Groups[2].Value} {m.Groups[3].Value}" : m.Groups[3].Value)
                    .Replace("\\", string.Empty, StringComparison.Ordinal)));
        suitability.ShouldNotBeEmpty();
        fromMarkdown.ShouldBe(WordFiles.Headings(document));
    }

    [Fact]
    public void Should_WriteIdenticalText_When_ComposedTwice()
    {
        var example = ExampleTenders.Largest;

        ExampleTenders.Markdown(ExampleTenders.Annex(example, Language.German))
            .ShouldBe(ExampleTenders.Markdown(ExampleTenders.Annex(example, Language.German)));
    }
}
