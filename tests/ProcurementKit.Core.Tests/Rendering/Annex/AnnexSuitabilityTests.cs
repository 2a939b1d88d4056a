using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Annex;
using ProcurementKit.Selection;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Annex;

/// <summary>
/// Suitability criteria (Eignung, § 122 GWB) are checked before the offers are scored, so the annex lists them in
/// their own section of part A with their evidence and the note that it must be valid on the offer deadline, and
/// not among the requirements of part C.
/// </summary>
public sealed class AnnexSuitabilityTests
{
    private static readonly string s_isms = TestCatalog.Clause(
        "UPD-02", "role: suitability", "obligation: { normal: { kind: A }, high: { kind: A }, very-high: { kind: A } }",
        "evidence: { de: \"ISMS-Zertifikat des Bieters\", en: \"The bidder's ISMS certificate\" }");

    private static AnnexDocument Annex(Language language)
    {
        var catalog = TestCatalog.Load(TestCatalog.Clause("UPD-01"), s_isms, TestCatalog.Clause("UPD-03"));
        var result = SelectionEngine.Select(catalog, TestTender.Parse(TestTender.Json(), catalog), "tender.json");
        result.Errors.ShouldBeEmpty();
        return new AnnexDocument(result.Selection!, language, ExampleTenders.Templates(language));
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        from.ShouldBeGreaterThanOrEqualTo(0, $"'{start}' not found");
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        to.ShouldBeGreaterThan(from, $"'{end}' not found after '{start}'");
        return text[from..to];
    }

    [Theory]
    [InlineData(Language.German, "## A.4 Eignungskriterien", "Nachweis:", "ISMS-Zertifikat des Bieters", "Der Nachweis muss am Tag des Ablaufs der Angebotsfrist gültig sein.", "# C Anforderungen", "# D ")]
    [InlineData(Language.English, "## A.4 Suitability criteria", "Evidence:", "The bidder's ISMS certificate", "The evidence must be valid on the day the time limit for receipt of offers expires.", "# C Requirements", "# D ")]
    public void Should_list_the_suitability_criterion_in_part_A_and_not_in_part_C_When_written_as_Markdown(
        Language language, string section, string evidenceLabel, string evidence, string validity, string partC, string partD)
    {
        var markdown = ExampleTenders.Markdown(Annex(language));

        var suitability = Between(markdown, section, "\n## A.5 ");
        suitability.ShouldContain("\n### 1.3 UPD-02 – ");
        suitability.ShouldContain("{#req-UPD-02}");
        suitability.ShouldContain($"**{evidenceLabel.Replace(":", "\\:", StringComparison.Ordinal)}** {evidence}");
        suitability.ShouldContain($"{validity}");
        var requirements = Between(markdown, partC, partD);
        requirements.ShouldContain("### 1.1 UPD-01 – ");
        requirements.ShouldContain("### 1.2 UPD-03 – ");
        requirements.ShouldNotContain("UPD-02");
        requirements.ShouldNotContain(evidence);
    }

    [Theory]
    [InlineData(Language.German, "Eignungskriterien", "Gleichwertigkeit", "Anforderungen", "Wertung der Angebote", "ISMS-Zertifikat des Bieters", "Der Nachweis muss am Tag des Ablaufs der Angebotsfrist gültig sein.")]
    [InlineData(Language.English, "Suitability criteria", "Equivalence", "Requirements", "Evaluation of offers", "The bidder's ISMS certificate", "The evidence must be valid on the day the time limit for receipt of offers expires.")]
    public void Should_list_the_suitability_criterion_in_part_A_and_not_in_part_C_When_written_as_Word(
        Language language, string section, string nextSection, string partC, string partD, string evidence, string validity)
    {
        var bytes = ExampleTenders.Word(Annex(language));
        bytes.ShouldBeValid();
        using var document = WordFiles.Open(bytes);
        var paragraphs = WordFiles.ParagraphTexts(document).ToList();
        var headings = WordFiles.Headings(document);

        // Part A's section and part C by their headings; the section's criterion carries its number as text.
        headings.ShouldContain((2, section));
        headings.ShouldContain(h => h.Level == 3 && h.Text.StartsWith("1.3 UPD-02 – ", StringComparison.Ordinal));
        var suitability = paragraphs[paragraphs.IndexOf(section)..paragraphs.IndexOf(nextSection)];
        suitability.ShouldContain(p => p.StartsWith("1.3 UPD-02 – ", StringComparison.Ordinal));
        suitability.ShouldContain(p => p.Contains(evidence, StringComparison.Ordinal));
        suitability.ShouldContain(p => p.Contains(validity, StringComparison.Ordinal));
        var start = paragraphs.LastIndexOf(partC);
        var requirements = paragraphs[start..paragraphs.LastIndexOf(partD)];
        requirements.ShouldContain(p => p.StartsWith("UPD-01 – ", StringComparison.Ordinal));
        requirements.ShouldContain(p => p.StartsWith("UPD-03 – ", StringComparison.Ordinal));
        requirements.ShouldNotContain(p => p.Contains("UPD-02", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_say_there_are_none_When_no_clause_is_a_suitability_criterion()
    {
        var catalog = TestCatalog.Load(TestCatalog.Clause("UPD-01"));
        var selection = SelectionEngine.Select(catalog, TestTender.Parse(TestTender.Json(), catalog), "tender.json").Selection!;

        var markdown = ExampleTenders.Markdown(new AnnexDocument(selection, Language.German, ExampleTenders.Templates(Language.German)));

        Between(markdown, "## A.4 Eignungskriterien", "\n## A.5 ").ShouldContain("Diese Anlage stellt keine Eignungskriterien auf.");
    }
}
