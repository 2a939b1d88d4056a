using System.Text.RegularExpressions;
using ProcurementKit.Catalog;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Annex;

/// <summary>The annex opened by another office suite: headless LibreOffice must render it and number it as Word would.</summary>
public sealed class AnnexLibreOfficeTests
{
    [SkippableFact]
    public void Should_ConvertToPdf_When_LibreOfficeOpensTheAnnex()
    {
        LibreOffice.SkipUnlessAvailable();

        var docx = Write(ExampleTenders.Largest, Language.German);

        var pdf = LibreOffice.Convert(docx, "pdf");

        var bytes = File.ReadAllBytes(pdf);
        bytes.Length.ShouldBeGreaterThan(10_000);
        System.Text.Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
    }

    [SkippableFact]
    public void Should_ShowTheSelectionNumbers_When_LibreOfficeNumbersTheHeadings()
    {
        LibreOffice.SkipUnlessAvailable();

        var example = ExampleTenders.Largest;
        var selection = ExampleTenders.Selection(example);

        var text = File.ReadAllText(LibreOffice.Convert(Write(example, Language.English), "txt:Text (encoded):UTF8"));

        foreach (var requirement in selection.Requirements)
        {
            text.ShouldMatch($@"(?m)^\s*{Regex.Escape(requirement.Number)}\s+{Regex.Escape(requirement.Id)} – ");
        }

        text.ShouldMatch(@"(?m)^\s*A\s+Preliminary remarks");
    }

    private static string Write(string example, Language language)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("pk-annex-").FullName, "annex.docx");
        File.WriteAllBytes(path, ExampleTenders.Word(ExampleTenders.Annex(example, language)));
        return path;
    }
}
