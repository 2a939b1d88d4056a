using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Rendering.EvaluationReport;
using ProcurementKit.Tests.Evaluation;
using ProcurementKit.Tests.Rendering.Excel;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.EvaluationReport;

public sealed class EvaluationReportWriterTests
{
    private static EvaluationResult Provisional() =>
        OfferEvaluator.Evaluate(MatrixFixture.Selection.Value, MatrixFixture.Responses(), MatrixFixture.Scores(), []);

    /// <summary>Every claim the evaluator had left open gets 6 points with a reason.</summary>
    private static EvaluationResult Final()
    {
        var responses = MatrixFixture.Responses();
        var open = MatrixFixture.Scores();
        var entries = open.Entries.ToDictionary(e => e.Key, e => (IReadOnlyDictionary<string, EvaluatorEntry>)new Dictionary<string, EvaluatorEntry>(e.Value));
        foreach (var offer in OfferEvaluator.Evaluate(MatrixFixture.Selection.Value, responses, open, []).Offers)
        {
            var given = new Dictionary<string, EvaluatorEntry>(entries[("1", offer.Bidder)]);
            foreach (var pending in offer.Criteria.Where(c => c.Source == PointSource.Pending))
            {
                given[pending.Requirement.Id] = new EvaluatorEntry(6m, "teilweise belegt");
            }

            entries[("1", offer.Bidder)] = given;
        }

        return OfferEvaluator.Evaluate(MatrixFixture.Selection.Value, responses, new EvaluatorScores(entries), []);
    }

    private static byte[] Render(EvaluationResult result, Language language = Language.German) =>
        ExampleSelection.Render(s => EvaluationReportWriter.Write(s, result, language));

    [Fact]
    public void Should_NameTheReportTheTenderAndItsDateInTheFooter()
    {
        var result = Final();
        var tender = result.Selection.Tender;
        using var document = WordFiles.Open(Render(result));

        var footer = document.MainDocumentPart!.FooterParts.Single().Footer!.InnerText;

        footer.ShouldStartWith($"Bewertungsbericht zu {tender.Reference} · Stand ");
        footer.ShouldNotContain(tender.Date);
        footer.ShouldNotContain(result.Selection.Catalog.ShortHash);
    }

    [Fact]
    public void Should_PassTheOpenXmlValidator_When_ReportIsWritten()
    {
        Render(Provisional()).ShouldBeValid();
        Render(Final(), Language.English).ShouldBeValid();
    }

    [Fact]
    public void Should_DocumentMethodRankingExclusionsAndEveryBidder_When_ReportIsWritten()
    {
        var result = Provisional();
        using var report = WordFiles.Open(Render(result));

        WordFiles.Headings(report).Select(h => h.Text).ShouldBe(
        [
            "Wertungsmethode", "Ergebnis und Rangfolge", "Ausgeschlossene Angebote",
            "Bewertung je Bieter", .. result.Offers.Select(o => o.Bidder), "Offene Bewertungen", "Nicht ausgewertete Antwortbögen", "Bestätigung",
        ]);
        var texts = WordFiles.ParagraphTexts(report);
        texts.ShouldContain("Erweiterte Richtwertmethode (UfAB). " + ProcurementKit.Evaluation.Methods.AwardMethods.For(result.Selection.Tender.Evaluation).Rule[Language.German]);
        var ranking = WordFiles.Body(report).Elements<Table>().ElementAt(1);
        ranking.Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().ElementAt(1).InnerText)
            .ShouldBe(result.Offers.Select(o => o.Bidder));
        texts.ShouldContain(t => t.Contains(result.Lots[0].Excluded.Single().Exclusions.Single()[Language.German], StringComparison.Ordinal));
        texts.ShouldContain(t => t.StartsWith("VORLÄUFIG: 2 Bewertung(en) offen.", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Should_MarkEveryPageProvisional_When_PointsArePending()
    {
        var bytes = Render(Provisional());
        using (var report = WordFiles.Open(bytes))
        {
            report.MainDocumentPart!.HeaderParts.Single().Header!.InnerText.ShouldStartWith("VORLÄUFIG · ");
            WordFiles.Body(report).Elements<SectionProperties>().Single().GetFirstChild<TitlePage>().ShouldBeNull();
            report.ExtendedFilePropertiesPart.ShouldNotBeNull();
        }

        LibreOffice.SkipUnlessAvailable();

        var folder = Directory.CreateTempSubdirectory("pk-report-").FullName;
        var docx = Path.Combine(folder, "evaluation-report.docx");
        File.WriteAllBytes(docx, bytes);
        var pages = PdfText.Pages(LibreOffice.Convert(docx, "pdf"));
        if (pages is null)
        {
            return;
        }

        pages.Count.ShouldBeGreaterThan(2);
        pages.ShouldAllBe(page => page.Contains("VORLÄUFIG", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_CarryNoMarker_When_AllPointsAreGiven()
    {
        using var report = WordFiles.Open(Render(Final()));

        report.MainDocumentPart!.HeaderParts.Single().Header!.InnerText.ShouldNotContain("VORLÄUFIG");
        WordFiles.ParagraphTexts(report).ShouldContain("Alle Punkte sind vergeben; die Rangfolge ist vollständig berechnet.");
        WordFiles.Headings(report).Select(h => h.Text).ShouldNotContain("Offene Bewertungen");
    }

    [Fact]
    public void Should_ReportATieForFirst_When_TwoOffersCannotBeSeparated()
    {
        var selection = EvaluationFixture.Build();
        var met = new[] { EvaluationFixture.Reply("UPD-01", Answer.Met, 12), EvaluationFixture.Reply("UPD-02", Answer.Met), EvaluationFixture.Reply("CRY-01", Answer.Met) };
        var result = OfferEvaluator.Evaluate(selection, [EvaluationFixture.Offer("Alpha", 1000m, met), EvaluationFixture.Offer("Beta", 1000m, met)], EvaluatorScores.None, []);

        using var report = WordFiles.Open(Render(result));

        WordFiles.ParagraphTexts(report).ShouldContain(t => t.StartsWith("Gleichstand auf Rang 1: Alpha, Beta.", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_UseEnglish_When_LanguageIsEnglish()
    {
        using var report = WordFiles.Open(Render(Provisional(), Language.English));

        report.MainDocumentPart!.HeaderParts.Single().Header!.InnerText.ShouldStartWith("PROVISIONAL · ");
        WordFiles.Headings(report).Select(h => h.Text).First().ShouldBe("Award method");
    }

    [Fact]
    public void Should_WriteIdenticalBytes_When_RenderedTwice()
    {
        Render(Provisional()).ShouldBe(Render(Provisional()));
    }
}
