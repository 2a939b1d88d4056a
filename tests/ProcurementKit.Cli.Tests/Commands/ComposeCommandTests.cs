using System.Security.Cryptography;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Commands;

public sealed class ComposeCommandTests
{
    private static readonly string s_example = CliHarness.Example("street-lighting.json");

    private static CliResult Compose(string output, params string[] more) =>
        CliHarness.Run(["compose", s_example, "--out", output, .. more]);

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static WordprocessingDocument Open(string path) => WordprocessingDocument.Open(path, false);

    private static IEnumerable<string> HeadingTexts(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => p.InnerText);

    [Fact]
    public void Should_WriteAValidAnnexAndSelection_When_ComposingAnExample()
    {
        var output = CliHarness.TempFolder();

        var result = Compose(output);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain($"wrote {Path.Combine(output, "annex.docx")}");
        result.Output.ShouldContain($"wrote {Path.Combine(output, "selection.json")}");
        File.Exists(Path.Combine(output, "annex.md")).ShouldBeFalse();
        using var document = Open(Path.Combine(output, "annex.docx"));
        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ShouldBeEmpty();
        HeadingTexts(document).First().ShouldBe("Vorbemerkungen");
    }

    [Fact]
    public void Should_AlsoWriteMarkdown_When_FormatIsMd()
    {
        var output = CliHarness.TempFolder();

        var result = Compose(output, "--format", "md");

        result.ExitCode.ShouldBe(0, result.Error);
        var markdown = File.ReadAllText(Path.Combine(output, "annex.md"));
        markdown.ShouldContain("# A Vorbemerkungen {#preliminary-remarks}");
        markdown.ShouldNotContain("{{");
        File.Exists(Path.Combine(output, "annex.docx")).ShouldBeTrue();
    }

    [Fact]
    public void Should_WriteIdenticalFiles_When_ComposedTwice()
    {
        var (first, second) = (CliHarness.TempFolder(), CliHarness.TempFolder());

        Compose(first, "--format", "md").ExitCode.ShouldBe(0);
        Compose(second, "--format", "md").ExitCode.ShouldBe(0);

        foreach (var file in new[] { "annex.docx", "annex.md", "selection.json" })
        {
            Sha256(Path.Combine(second, file)).ShouldBe(Sha256(Path.Combine(first, file)), file);
        }
    }

    [Fact]
    public void Should_KeepTheExistingAnnex_When_ForceIsMissing()
    {
        var output = CliHarness.TempFolder();
        Compose(output).ExitCode.ShouldBe(0);
        File.WriteAllText(Path.Combine(output, "annex.docx"), "reviewed by legal");

        var refused = Compose(output, "--lang", "en");

        refused.ExitCode.ShouldBe(1);
        refused.Error.ShouldContain("annex.docx: error PK0400: file exists; pass --force to replace it");
        File.ReadAllText(Path.Combine(output, "annex.docx")).ShouldBe("reviewed by legal");
        Directory.GetFiles(output, "*.tmp").ShouldBeEmpty();

        var forced = Compose(output, "--lang", "en", "--force");

        forced.ExitCode.ShouldBe(0, forced.Error);
        using var document = Open(Path.Combine(output, "annex.docx"));
        HeadingTexts(document).First().ShouldBe("Preliminary remarks");
    }

    [Fact]
    public void Should_NameFileLineAndColumn_When_OwnProseHasAnUnknownPlaceholder()
    {
        var template = CliHarness.TempFolder();
        Directory.CreateDirectory(Path.Combine(template, "de"));
        File.WriteAllText(Path.Combine(template, "de", "cover.md"), "# Anlage\n\nfür {{tender}}\n");
        var output = CliHarness.TempFolder();

        var result = Compose(output, "--template", template);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("de/cover.md:3:5: error PK0502: unknown placeholder '{{tender}}'");
        Directory.GetFiles(output).ShouldBeEmpty();
    }

    [Fact]
    public void Should_RefuseTheTemplate_When_ItIsNotAWordDocument()
    {
        var template = Path.Combine(CliHarness.TempFolder(), "vorlage.docx");
        File.WriteAllText(template, "not a zip");
        var output = CliHarness.TempFolder();

        var result = Compose(output, "--template", template);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain($"{template}: error PK0504: cannot use this Word template: it is not a Word document");
        result.Error.ShouldNotContain("   at ");
        Directory.GetFiles(output).ShouldBeEmpty();
    }

    [Fact]
    public void Should_UseTheMunicipalitysTemplateAndWording_When_TheTemplateFolderHasBoth()
    {
        var template = CliHarness.TempFolder();
        WriteLetterhead(Path.Combine(template, "template.docx"));
        Directory.CreateDirectory(Path.Combine(template, "de"));
        File.WriteAllText(Path.Combine(template, "de", "cover.md"), "# Anlage 7: IT-Sicherheit\n\n## {{title}}\n\n{{title-block}}\n");
        var output = CliHarness.TempFolder();

        var result = Compose(output, "--template", template);

        result.ExitCode.ShouldBe(0, result.Error);
        using var document = Open(Path.Combine(output, "annex.docx"));
        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ShouldBeEmpty();
        var body = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        body[0].ShouldBe("Stadt Hohenbrück · Vergabestelle");
        body.ShouldContain("Anlage 7: IT-Sicherheit");
        document.MainDocumentPart.HeaderParts.Single().Header!.InnerText.ShouldBe("Briefkopf 2027-IT-008");
    }

    [Fact]
    public void Should_RejectTheFormat_When_ItIsNeitherDocxNorMd()
    {
        var result = Compose(CliHarness.TempFolder(), "--format", "pdf");

        result.ExitCode.ShouldNotBe(0);
        result.Error.ShouldContain("pdf");
    }

    private static void WriteLetterhead(string path)
    {
        using var package = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        main.AddNewPart<HeaderPart>("rId1").Header = new Header(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Briefkopf {{reference}}"))));
        main.Document = new Document(new Body(
            new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("{{authority}} · Vergabestelle"))),
            new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rId1" })));
    }
}
