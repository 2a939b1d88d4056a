using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Word.Templates;

/// <summary>Each template's annex opened by LibreOffice: it converts, and the template's letterhead, header and closing text are printed.</summary>
public sealed class MunicipalTemplateLibreOfficeTests
{
    public static TheoryData<string> Templates() => TemplateFixtures.All();

    [SkippableTheory]
    [MemberData(nameof(Templates))]
    public void Should_ConvertToPdf_When_LibreOfficeOpensTheAnnexWithTheTemplate(string template)
    {
        LibreOffice.SkipUnlessAvailable();
        var docx = Path.Combine(Directory.CreateTempSubdirectory("pk-template-").FullName, "annex.docx");
        File.WriteAllBytes(docx, MunicipalTemplateTests.Compose(template));

        var pdf = File.ReadAllBytes(LibreOffice.Convert(docx, "pdf"));

        pdf.Length.ShouldBeGreaterThan(10_000);
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
    }

    [SkippableFact]
    public void Should_PrintTheLetterheadBeforeAndTheClosingTextAfterTheAnnex_When_LibreOfficeConvertsIt()
    {
        LibreOffice.SkipUnlessAvailable();
        var docx = Path.Combine(Directory.CreateTempSubdirectory("pk-template-").FullName, "annex.docx");
        File.WriteAllBytes(docx, MunicipalTemplateTests.Compose("letterhead-marker.docx"));

        var text = File.ReadAllText(LibreOffice.Convert(docx, "txt:Text (encoded):UTF8"));

        var letterhead = text.IndexOf("Zentrale Vergabestelle", StringComparison.Ordinal);
        var title = text.IndexOf("IT-Sicherheitsanforderungen", StringComparison.Ordinal);
        var closing = text.IndexOf("Schlusstext nach der Anlage", StringComparison.Ordinal);
        letterhead.ShouldBeGreaterThanOrEqualTo(0);
        letterhead.ShouldBeLessThan(title);
        closing.ShouldBeGreaterThan(text.LastIndexOf("Nachweis", StringComparison.Ordinal));
        text.ShouldNotContain("{{annex}}");
    }
}
