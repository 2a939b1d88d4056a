using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Rendering.EvaluationReport;
using ProcurementKit.Rendering.Excel.Matrix;
using ProcurementKit.Rendering.Excel.ResponseForm;
using ProcurementKit.Tests.Rendering.Excel;
using ProcurementKit.Tests.Support;
using ProcurementKit.Text;

namespace ProcurementKit.Tests.Rendering;

/// <summary>
/// What a reader of any document meets in its language: references cited the German way in a German annex,
/// dates in the long form ("15. Februar 2027" / "15 February 2027"), the authority named where no article is
/// needed, and a note when the tender's own texts are in the other language.
/// </summary>
public sealed partial class DocumentWordingTests
{
    [Theory]
    [MemberData(nameof(ExampleTenders.All), MemberType = typeof(ExampleTenders))]
    public void Should_cite_no_annex_or_part_in_english_When_the_annex_is_german(string example)
    {
        using var document = WordFiles.Open(ExampleTenders.Word(ExampleTenders.Annex(example, Language.German)));
        var references = WordFiles.Body(document).Elements<Table>().Last().Elements<TableRow>().Skip(1)
            .SelectMany(r => r.Elements<TableCell>().Last().Elements<Paragraph>().SelectMany(p => Lines(p)))
            .ToList();

        references.ShouldNotBeEmpty();
        // "OGC SensorThings API Part 1: Sensing" is the published title of an English-only standard, kept as published.
        references.Where(r => !r.StartsWith("OGC SensorThings Part 1", StringComparison.Ordinal))
            .ShouldAllBe(r => !EnglishCitation().IsMatch(r));
    }

    [Fact]
    public void Should_cite_cra_items_the_german_way_When_the_street_lighting_annex_is_german()
    {
        using var document = WordFiles.Open(ExampleTenders.Word(ExampleTenders.Annex("street-lighting.json", Language.German)));
        var texts = string.Join("\n", WordFiles.ParagraphTexts(document));

        texts.ShouldContain("CRA Anhang I Teil II Nr. 2");
        texts.ShouldContain("CRA Anhang VII");
        texts.ShouldContain("CRA Art. 13 Abs. 8");
    }

    [Theory]
    [MemberData(nameof(ExampleTenders.AllWithLanguages), MemberType = typeof(ExampleTenders))]
    public void Should_write_every_date_in_the_long_form_When_annex_form_and_matrix_are_rendered(string example, Language language)
    {
        var selection = ExampleTenders.Selection(example);
        var expected = DateText.Long(selection.Tender.Date, language);
        using var annex = WordFiles.Open(ExampleTenders.Word(ExampleTenders.Annex(example, language)));
        using var form = XlsxFile.Open(ExampleSelection.Render(s => ResponseFormWriter.Write(s, selection, language)));
        using var matrix = XlsxFile.Open(ExampleSelection.Render(s => EvaluationMatrixWriter.Write(s, selection, language)));

        var annexText = string.Join("\n", WordFiles.ParagraphTexts(annex));
        annexText.ShouldContain(expected);
        form.Text(language == Language.German ? "Angebot" : "Offer", "B7").ShouldBe(expected);
        foreach (var text in new[] { annexText, form.AllText(), matrix.AllText() })
        {
            IsoDate().Matches(text).ShouldBeEmpty();
            AmericanDate().Matches(text).ShouldBeEmpty();
        }
    }

    [Fact]
    public void Should_date_the_evaluation_report_in_the_long_form_When_it_is_written()
    {
        var selection = MatrixFixture.Selection.Value;
        var result = OfferEvaluator.Evaluate(selection, MatrixFixture.Responses(), MatrixFixture.Scores(), []);
        foreach (var language in new[] { Language.German, Language.English })
        {
            using var report = WordFiles.Open(ExampleSelection.Render(s => EvaluationReportWriter.Write(s, result, language)));
            var text = string.Join("\n", WordFiles.ParagraphTexts(report));

            text.ShouldContain(DateText.Long(selection.Tender.Date, language));
            IsoDate().Matches(text).ShouldBeEmpty();
        }
    }

    [Fact]
    public void Should_name_the_authority_where_no_article_is_needed_When_the_annex_speaks_of_it()
    {
        using var document = WordFiles.Open(ExampleTenders.Word(ExampleTenders.Annex("street-lighting.json", Language.German)));
        var texts = WordFiles.ParagraphTexts(document);

        texts.ShouldContain(t => t.StartsWith("Der Auftraggeber (Stadt Hohenbrück) beschafft", StringComparison.Ordinal));
        texts.ShouldContain(t => t.StartsWith("Der Auftraggeber hat den Schutzbedarf", StringComparison.Ordinal));
        texts.ShouldNotContain(t => t.StartsWith("Stadt Hohenbrück ", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_say_the_tender_texts_are_german_When_the_annex_is_english_and_they_are_not()
    {
        using var english = WordFiles.Open(ExampleTenders.Word(ExampleTenders.Annex("street-lighting.json", Language.English)));
        using var german = WordFiles.Open(ExampleTenders.Word(ExampleTenders.Annex("street-lighting.json", Language.German)));

        WordFiles.ParagraphTexts(english).ShouldContain("The tender's own texts (title, description and lot titles) are given as the contracting authority wrote them: in German.");
        WordFiles.ParagraphTexts(german).ShouldNotContain(t => t.StartsWith("Titel, Beschreibung und Lose", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_say_the_lowest_price_decides_When_several_offers_tie()
    {
        var selection = ExampleTenders.Selection("street-lighting.json");
        var tied = selection with { Tender = selection.Tender with { Evaluation = selection.Tender.Evaluation with { TieBreaker = ProcurementKit.Tenders.TieBreaker.Price, Method = ProcurementKit.Tenders.AwardMethod.ExtendedReferenceValue, FluctuationPercent = 5 } } };
        var annex = new ProcurementKit.Rendering.Annex.AnnexDocument(tied, Language.German, ExampleTenders.Templates(Language.German));
        using var document = WordFiles.Open(ExampleTenders.Word(annex));
        var text = string.Join("\n", WordFiles.ParagraphTexts(document));

        text.ShouldContain("Unter ihnen entscheidet der niedrigste Preis P über den");
        text.ShouldNotContain("niedrigere Preis");
    }

    // One reference per line: the lines of a cell are runs separated by breaks.
    private static string[] Lines(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch { Break => "\n", DocumentFormat.OpenXml.Wordprocessing.Text t => t.Text, _ => string.Empty })).Split('\n');

    [GeneratedRegex(@"\b(Annex|Part)\b")]
    private static partial Regex EnglishCitation();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b")]
    private static partial Regex AmericanDate();
}
