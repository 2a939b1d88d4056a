using CsCheck;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Annex;
using ProcurementKit.Tests.Support;
using Xunit.Abstractions;

namespace ProcurementKit.Tests.Rendering.Annex;

/// <summary>Tender fields (title, description, authority, reference) are data: they render as the literal text, never as markup.</summary>
public sealed class TenderFieldsAsTextTests(ITestOutputHelper output)
{
    // Markup of every kind the pipeline and pandoc know, whitespace at the ends, umlauts (UTF-16 units: no emoji halves).
    private const string Alphabet = "aZ09 äöüß\t\n\r\\`*_[]<>|#~!{}&$^@:-+=.)(\"';/%€w";

    [Fact]
    public void Should_NotInsertTheKnockOutTable_When_TheDescriptionNamesItsPlaceholder()
    {
        var plain = AnnexWith(description: "Beschreibung");
        var hostile = AnnexWith(description: "{{knockout-table}}");

        TableLines(ExampleTenders.Markdown(hostile)).ShouldBe(TableLines(ExampleTenders.Markdown(plain)));
        ExampleTenders.ParagraphTexts(ExampleTenders.Markdown(hostile)).ShouldContain("{{knockout-table}}");
        WordTexts(hostile).ShouldContain("{{knockout-table}}");
    }

    [Theory]
    [InlineData("- kein Listenpunkt")]
    [InlineData("+ kein Listenpunkt")]
    [InlineData("1. keine Aufzählung")]
    [InlineData("3) keine Aufzählung")]
    [InlineData("# keine Überschrift")]
    [InlineData("> kein Zitat")]
    [InlineData("    kein Code")]
    [InlineData("===")]
    [InlineData("**nicht fett** und _nicht kursiv_")]
    [InlineData("[kein Link](https://example.org) und www.example.org")]
    [InlineData("<b>kein HTML</b> &amp; keine Entität")]
    [InlineData("| keine | Tabelle |")]
    [InlineData("Smart City 😀 – „Zitat“")]
    public void Should_RenderTheLiteralText_When_TheDescriptionLooksLikeMarkup(string description)
    {
        var annex = AnnexWith(description: description);

        ExampleTenders.ParagraphTexts(ExampleTenders.Markdown(annex)).ShouldContain(description);
        WordTexts(annex).ShouldContain(description);
    }

    [Fact]
    public void Should_ParseBackToTheLiteralText_When_AnyStringIsEscaped()
    {
        var cases = 0;
        Gen.String[Gen.Char[Alphabet], 0, 30].Sample(value =>
        {
            cases++;
            var expected = value.ReplaceLineEndings(" ");
            var escaped = MarkdownEscape.Text(value, mayStartLine: true);
            ExampleTenders.ParagraphTexts(escaped + "\n").SingleOrDefault().ShouldBe(expected.Length == 0 ? null : expected, escaped);
            ExampleTenders.ParagraphTexts($"Vorher {escaped} nachher\n").Single().ShouldBe($"Vorher {expected} nachher", escaped);
            if (expected.Length > 0)
            {
                ExampleTenders.ParagraphTexts($"| a |\n|---|\n| {MarkdownEscape.Text(value)} |\n").ShouldContain(expected, escaped);
            }
        }, iter: 5_000, seed: "0000MarkdownEs");
        output.WriteLine($"escaped strings: {cases} cases");
    }

    [Fact]
    public void Should_RenderTheLiteralTextInBothDocuments_When_AnyStringIsATenderField()
    {
        var cases = 0;
        Gen.String[Gen.Char[Alphabet], 1, 30].Where(v => v.Trim().Length > 0).Sample(value =>
        {
            cases++;
            var expected = value.ReplaceLineEndings(" ");
            var annex = AnnexWith(description: value, title: value);
            ExampleTenders.ParagraphTexts(ExampleTenders.Markdown(annex)).ShouldContain(expected);
            WordTexts(annex).ShouldContain(expected);
        }, iter: 25, seed: "0000AnnexField");
        output.WriteLine($"composed annexes: {cases} cases");
    }

    private static AnnexDocument AnnexWith(string description, string? title = null)
    {
        var selection = ExampleTenders.Selection("lorawan-network.json");
        var tender = selection.Tender with { Description = description, Title = title ?? selection.Tender.Title };
        return new AnnexDocument(selection with { Tender = tender }, Language.German, ExampleTenders.Templates(Language.German));
    }

    private static int TableLines(string markdown) => markdown.Split('\n').Count(l => l.StartsWith('|'));

    private static IReadOnlyList<string> WordTexts(AnnexDocument annex)
    {
        using var document = WordFiles.Open(ExampleTenders.Word(annex));
        return WordFiles.ParagraphTexts(document);
    }
}
