using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Annex;
using ProcurementKit.Selection;
using ProcurementKit.Tenders.Assessment;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Annex;

/// <summary>The protection-need chapter shows the assessment (scenario × goal, level, reason) when the tender has one.</summary>
public sealed class AnnexAssessmentTests
{
    private const string LoRaWan = "lorawan-network.json";

    [Theory]
    [InlineData(Language.German, "Feststellung nach Schadensszenarien", "Beeinträchtigung der persönlichen Unversehrtheit", "hoch", "Schutzbedarf")]
    [InlineData(Language.English, "Determination by damage scenario", "Impairment of personal integrity (life and limb)", "high", "Protection need")]
    public void Should_ShowTheRatingsOfEveryScenario_When_TheTenderHasAnAssessment(Language language, string heading, string personal, string high, string result)
    {
        var selection = ExampleTenders.Selection(LoRaWan);
        var bytes = ExampleTenders.Word(new AnnexDocument(selection, language, ExampleTenders.Templates(language)));

        bytes.ShouldBeValid();
        using var document = WordFiles.Open(bytes);
        WordFiles.Headings(document).ShouldContain((3, heading));
        var overview = Rows(document, Scenario(language), ProtectionGoal.Confidentiality.Display(language));
        overview[0].ShouldBe([Scenario(language), .. ProtectionGoals.All.Select(g => Capitalised(g.Display(language)))]);
        overview.Single(r => r[0] == personal).ShouldBe([personal, Level.Normal.Display(language), high, high]);
        overview[^1].ShouldBe([result, "normal", high, high]);
        overview.Count.ShouldBe(1 + 6 + 2);
    }

    [Fact]
    public void Should_GiveEveryRatingWithItsReason_When_TheTenderHasAnAssessment()
    {
        var selection = ExampleTenders.Selection(LoRaWan);
        var assessment = selection.Tender.Assessment.ShouldNotBeNull();
        using var document = WordFiles.Open(ExampleTenders.Word(new AnnexDocument(selection, Language.German, ExampleTenders.Templates(Language.German))));

        var reasons = Rows(document, "Schadensszenario", "Begründung");

        reasons.Count.ShouldBe(1 + 18);
        var integrity = reasons.Single(r => r[0] == "Beeinträchtigung der persönlichen Unversehrtheit" && r[1] == "Integrität");
        integrity[2].ShouldBe("hoch");
        integrity[3].ShouldBe(assessment.RatingOf(DamageScenario.PersonalIntegrity, ProtectionGoal.Integrity)!.Reason);
        reasons.Single(r => r[0] == "Finanzielle Auswirkungen" && r[1] == "Vertraulichkeit")[3].ShouldBe("–");
    }

    [Fact]
    public void Should_ShowTheAdjustmentWithItsReason_When_ADistributionEffectLowersAGoal()
    {
        var selection = WithAvailabilityLowered();
        var markdown = ExampleTenders.Markdown(new AnnexDocument(selection, Language.English, ExampleTenders.Templates(Language.English)));
        var bytes = ExampleTenders.Word(new AnnexDocument(selection, Language.English, ExampleTenders.Templates(Language.English)));

        markdown.ShouldContain("| **Availability** | Distribution effect | high → normal | Three gateways cover every gauge. |");
        markdown.ShouldContain("| Distribution effect | – | – | normal |");
        markdown.ShouldContain("| **Protection need** | **normal** | **high** | **normal** |");
        bytes.ShouldBeValid();
        using var document = WordFiles.Open(bytes);
        Rows(document, "Protection goal", "Effect").ShouldContain(r => r.SequenceEqual(new[] { "Availability", "Distribution effect", "high → normal", "Three gateways cover every gauge." }));
    }

    [Theory]
    [MemberData(nameof(ExampleTenders.All), MemberType = typeof(ExampleTenders))]
    public void Should_LeaveTheAssessmentOut_When_TheTenderHasNone(string example)
    {
        var selection = ExampleTenders.Selection(example);
        var markdown = ExampleTenders.Markdown(new AnnexDocument(selection, Language.German, ExampleTenders.Templates(Language.German)));

        markdown.Contains("Feststellung nach Schadensszenarien", StringComparison.Ordinal).ShouldBe(selection.Tender.Assessment is not null);
        markdown.ShouldNotContain("{{assessment}}");
    }

    [SkippableFact]
    public void Should_RenderTheAssessmentTables_When_LibreOfficeOpensTheAnnex()
    {
        LibreOffice.SkipUnlessAvailable();
        var folder = Directory.CreateTempSubdirectory("pk-assessment-").FullName;
        var docx = Path.Combine(folder, "annex.docx");
        File.WriteAllBytes(docx, ExampleTenders.Word(ExampleTenders.Annex(LoRaWan, Language.German)));

        var text = File.ReadAllText(LibreOffice.Convert(docx, "txt:Text (encoded):UTF8"));

        text.ShouldContain("Feststellung nach Schadensszenarien");
        text.ShouldContain("Verfälschte");
        text.ShouldContain("Maximumprinzip");
    }

    /// <summary>The LoRaWAN tender with a distribution effect on availability, and the needs the determination gives.</summary>
    private static TenderSelection WithAvailabilityLowered()
    {
        var original = ExampleTenders.Selection(LoRaWan).Tender;
        var assessment = original.Assessment!.WithAdjustment(
            ProtectionGoal.Availability, new NeedAdjustment(AdjustmentEffect.Distribution, Level.Normal, "Three gateways cover every gauge."));
        ProtectionNeedDetermination.Check(assessment, "tender.json").ShouldBeEmpty();
        var tender = original with { Assessment = assessment, ProtectionNeeds = ProtectionNeedDetermination.Determine(assessment, Language.English) };
        var selected = SelectionEngine.Select(ShippedCatalog.Catalog, tender, "tender.json");
        selected.Errors.ShouldBeEmpty();
        return selected.Selection!;
    }

    /// <summary>The rows (cell texts) of the one table whose header row starts with <paramref name="first"/> and names <paramref name="header"/>.</summary>
    private static List<List<string>> Rows(DocumentFormat.OpenXml.Packaging.WordprocessingDocument document, string first, string header)
    {
        var table = WordFiles.Body(document).Descendants<Table>().Single(t =>
        {
            var cells = t.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText).ToList();
            return cells[0] == first && cells.Any(c => c.Equals(header, StringComparison.OrdinalIgnoreCase));
        });
        return [.. table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList())];
    }

    private static string Scenario(Language language) => language == Language.German ? "Schadensszenario" : "Damage scenario";

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
