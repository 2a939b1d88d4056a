using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Annex;
using ProcurementKit.Selection;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Annex;

/// <summary>Part D read back from Word: the scale, the price that counts, lots evaluated apart, one term for the range.</summary>
public sealed class AnnexEvaluationPartTests
{
    private static IReadOnlyList<string> Paragraphs(string example, Language language)
    {
        var bytes = ExampleTenders.Word(ExampleTenders.Annex(example, language));
        bytes.ShouldBeValid();
        using var document = WordFiles.Open(bytes);
        return WordFiles.ParagraphTexts(document);
    }

    private static string MaxPoints(TenderSelection selection, IEnumerable<SelectedRequirement> requirements) =>
        (selection.Tender.Evaluation.MaxPoints * requirements.Where(r => !r.Obligation.IsKnockOut).Sum(r => r.Obligation.Weight))
            .ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("de-DE"));

    [Fact]
    public void Should_state_the_highest_points_per_lot_and_separate_evaluation_When_the_tender_has_two_lots()
    {
        var selection = ExampleTenders.Selection("street-lighting.json");
        var paragraphs = Paragraphs("street-lighting.json", Language.German);

        var perLot = $"{MaxPoints(selection, selection.ForLot("1"))} (Los 1), {MaxPoints(selection, selection.ForLot("2"))} (Los 2)";
        paragraphs.ShouldContain(p => p.Contains($"Die höchste erreichbare Summe der Leistungspunkte beträgt {perLot}.", StringComparison.Ordinal));
        paragraphs.ShouldContain(p => p.StartsWith("Die Lose werden getrennt vergeben. Jedes Los wird gesondert gewertet", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_give_one_figure_and_no_lot_sentence_When_the_tender_has_one_lot()
    {
        var selection = ExampleTenders.Selection("urban-data-platform-saas.json");
        var paragraphs = Paragraphs("urban-data-platform-saas.json", Language.German);

        paragraphs.ShouldContain(p => p.Contains($"beträgt {MaxPoints(selection, selection.Requirements):N0}.".Replace(",", ".", StringComparison.Ordinal), StringComparison.Ordinal));
        paragraphs.ShouldNotContain(p => p.Contains("getrennt vergeben", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_add_a_lot_column_and_a_total_per_lot_When_the_criteria_table_has_several_lots()
    {
        var bytes = ExampleTenders.Word(ExampleTenders.Annex("street-lighting.json", Language.German));
        using var document = WordFiles.Open(bytes);

        var criteria = WordFiles.Body(document).Descendants<Table>().Single(t => t.Descendants<TableRow>().First().InnerText.Contains("Gewicht", StringComparison.Ordinal));
        var rows = criteria.Descendants<TableRow>().Select(r => r.Descendants<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        rows[0].ShouldBe(["Nr.", "Kennung", "Anforderung", "Los", "Gewicht", "max. Punkte", "Wertung"]);
        rows.ShouldContain(r => r[2] == "Summe Los 1");
        rows.ShouldContain(r => r[2] == "Summe Los 2");
        rows.ShouldNotContain(r => r[2] == "Summe");
    }

    [Theory]
    [InlineData(Language.German, "Tabellenblatt „Angebot“", "(Z × 1.000)", "Schwankungsbereich")]
    [InlineData(Language.English, "sheet \"Angebot\"", "(Z × 1,000)", "fluctuation range")]
    public void Should_name_the_price_Z_and_the_range_in_one_way_When_the_extended_method_is_announced(Language language, string price, string z, string range)
    {
        var paragraphs = Paragraphs("street-lighting.json", language);
        var text = string.Join("\n", paragraphs);
        var start = paragraphs.ToList().FindLastIndex(p => p is "Wertung der Angebote" or "Evaluation of offers");
        var partD = start < 0 ? string.Empty : string.Join("\n", paragraphs.Skip(start));

        text.ShouldContain(price);
        text.ShouldContain(z);
        text.ShouldContain(range);
        foreach (var other in new[] { "Schwankungsbreite", "Korridor", "corridor" })
        {
            text.ShouldNotContain(other, Case.Insensitive);
        }

        // Clause texts may speak of a price sheet; part D names the form's sheet only.
        partD.ShouldNotBeEmpty();
        partD.ShouldNotContain("Preisblatt", Case.Insensitive);
        partD.ShouldNotContain("price sheet", Case.Insensitive);
    }

    [Theory]
    [InlineData(Language.German, "Die Punkte vergibt die Vergabestelle, nicht der Bieter.")]
    [InlineData(Language.English, "The points are given by the contracting authority, not by the bidder.")]
    public void Should_print_every_step_of_the_scale_and_who_scores_When_criteria_are_scored(Language language, string who)
    {
        var selection = ExampleTenders.Selection("street-lighting.json");
        var paragraphs = Paragraphs("street-lighting.json", language);

        foreach (var step in selection.Scale.Steps)
        {
            paragraphs.ShouldContain(step.Meaning[language]);
        }

        paragraphs.ShouldContain(p => p.StartsWith(who, StringComparison.Ordinal));
        paragraphs.ShouldNotContain("dazwischen");
    }

    [Fact]
    public void Should_print_the_tenders_own_scale_When_it_announces_one()
    {
        var selection = ExampleTenders.Selection("urban-data-platform-saas.json");
        var own = new ScoringScale([new(0, new("gar nicht", "not at all")), new(10, new("ganz und gar", "wholly"))]);
        var changed = selection with { Tender = selection.Tender with { Evaluation = selection.Tender.Evaluation with { Scale = own } } };

        var markdown = ExampleTenders.Markdown(new AnnexDocument(changed, Language.German, ExampleTenders.Templates(Language.German)));

        markdown.ShouldContain("| **10** | ganz und gar |");
        markdown.ShouldContain("| **0** | gar nicht |");
        markdown.ShouldNotContain("überwiegend erfüllt");
    }

    [Theory]
    [InlineData("better: lower", Language.German, "linear: 5\u00A0Jahre = 0 Punkte; 2\u00A0Jahre oder weniger = 10 Punkte")]
    [InlineData("better: lower", Language.English, "linear: 5\u00A0years = 0 points; 2\u00A0years or less = 10 points")]
    [InlineData("better: higher", Language.German, "linear: 5\u00A0Jahre = 0 Punkte; 2\u00A0Jahre oder mehr = 10 Punkte")]
    public void Should_say_or_less_When_a_lower_value_scores_better(string better, Language language, string expected)
    {
        var catalog = TestCatalog.Load(TestCatalog.Clause("UPD-01", $"scoring: {{ parameter: support-period-years, full-at: 2, {better} }}"));
        var selection = SelectionEngine.Select(catalog, TestTender.Parse(TestTender.Json(), catalog)).Selection!;

        var tables = new AnnexTables(selection, language, AnnexLabels.For(language));

        tables.LinearScoring(selection.Requirements.Single()).ShouldBe(expected);
    }
}
