using System.Security.Cryptography;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Commands;

public sealed class ComposeCommandTests
{
    [Fact]
    public void Should_write_selection_json_with_tender_catalog_and_requirements()
    {
        var output = Repo.TempDir();

        var run = CliRun.Of("compose", Repo.Example("lorawan-network"), "--out", output, "--catalog", Repo.Catalog);

        run.ExitCode.ShouldBe(0, run.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "selection.json")));
        var root = json.RootElement;
        root.GetProperty("tender").GetProperty("reference").GetString().ShouldBe("2026-IT-042");
        root.GetProperty("catalog").GetProperty("sha256").GetString()!.Length.ShouldBe(64);
        var first = root.GetProperty("requirements")[0];
        foreach (var key in new[] { "number", "id", "title", "topic", "phase", "kind", "weight", "lots", "level", "parameters", "text", "evidence", "references", "replaces", "reason" })
        {
            first.TryGetProperty(key, out _).ShouldBeTrue(key);
        }

        root.GetProperty("excluded").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Should_write_identical_bytes_When_composing_twice()
    {
        var first = Repo.TempDir();
        var second = Repo.TempDir();

        CliRun.Of("compose", Repo.Example("street-lighting"), "--out", first, "--catalog", Repo.Catalog).ExitCode.ShouldBe(0);
        CliRun.Of("compose", Repo.Example("street-lighting"), "--out", second, "--catalog", Repo.Catalog).ExitCode.ShouldBe(0);

        foreach (var file in Directory.GetFiles(first).Select(Path.GetFileName))
        {
            Hash(Path.Combine(first, file!)).ShouldBe(Hash(Path.Combine(second, file!)), file);
        }
    }

    [Fact]
    public void Should_refuse_to_replace_outputs_without_force_and_replace_them_with_force()
    {
        var output = Repo.TempDir();
        File.WriteAllText(Path.Combine(output, "selection.json"), "old");

        var refused = CliRun.Of("compose", Repo.Example("lorawan-network"), "--out", output, "--catalog", Repo.Catalog);
        refused.ExitCode.ShouldBe(1);
        refused.Error.ShouldContain("selection.json: error PK0400: file exists; pass --force to replace it");
        File.ReadAllText(Path.Combine(output, "selection.json")).ShouldBe("old");

        var forced = CliRun.Of("compose", Repo.Example("lorawan-network"), "--out", output, "--catalog", Repo.Catalog, "--force");
        forced.ExitCode.ShouldBe(0, forced.Error);
        File.ReadAllText(Path.Combine(output, "selection.json")).ShouldStartWith("{");
    }

    [Fact]
    public void Should_write_nothing_When_a_parameter_is_below_its_minimum()
    {
        var folder = Repo.TempDir();
        var tender = Path.Combine(folder, "tender.json");
        File.WriteAllText(tender, File.ReadAllText(Repo.Example("lorawan-network")).Replace("\"support-period-years\": 8", "\"support-period-years\": 3", StringComparison.Ordinal));
        var output = Path.Combine(folder, "out");

        var run = CliRun.Of("compose", tender, "--out", output, "--catalog", Repo.Catalog);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("'parameters:support-period-years': 3 is below the minimum 5 that clause UPD-01 sets");
        Directory.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public void Should_explain_every_option_When_asked_for_help()
    {
        var run = CliRun.Of("compose", "--help");

        run.ExitCode.ShouldBe(0);
        foreach (var option in new[] { "--out", "--catalog", "--template", "--lang", "--format", "--force" })
        {
            run.Out.ShouldContain(option);
        }
    }

    private static readonly string s_example = Repo.Example("street-lighting");

    private static CliRun Compose(string output, params string[] more) =>
        CliRun.Of(["compose", s_example, "--out", output, .. more]);

    private static string Sha256Of(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static WordprocessingDocument Open(string path) => WordprocessingDocument.Open(path, false);

    private static IEnumerable<string> HeadingTexts(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => p.InnerText);

    [Fact]
    public void Should_WriteAValidAnnexAndSelection_When_ComposingAnExample()
    {
        var output = Repo.TempDir();

        var result = Compose(output);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain($"wrote {Path.Combine(output, "annex.docx")}");
        result.Out.ShouldContain($"wrote {Path.Combine(output, "selection.json")}");
        File.Exists(Path.Combine(output, "annex.md")).ShouldBeFalse();
        using var document = Open(Path.Combine(output, "annex.docx"));
        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ShouldBeEmpty();
        HeadingTexts(document).First().ShouldBe("Vorbemerkungen");
    }

    [Fact]
    public void Should_AlsoWriteMarkdown_When_FormatIsMd()
    {
        var output = Repo.TempDir();

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
        var (first, second) = (Repo.TempDir(), Repo.TempDir());

        Compose(first, "--format", "md").ExitCode.ShouldBe(0);
        Compose(second, "--format", "md").ExitCode.ShouldBe(0);

        foreach (var file in new[] { "annex.docx", "annex.md", "selection.json" })
        {
            Sha256Of(Path.Combine(second, file)).ShouldBe(Sha256Of(Path.Combine(first, file)), file);
        }
    }

    [Fact]
    public void Should_KeepTheExistingAnnex_When_ForceIsMissing()
    {
        var output = Repo.TempDir();
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
        var template = Repo.TempDir();
        Directory.CreateDirectory(Path.Combine(template, "de"));
        File.WriteAllText(Path.Combine(template, "de", "cover.md"), "# Anlage\n\nfür {{tender}}\n");
        var output = Repo.TempDir();

        var result = Compose(output, "--template", template);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("de/cover.md:3:5: error PK0502: unknown placeholder '{{tender}}'");
        Directory.GetFiles(output).ShouldBeEmpty();
    }

    [Fact]
    public void Should_RefuseTheTemplate_When_ItIsNotAWordDocument()
    {
        var template = Path.Combine(Repo.TempDir(), "vorlage.docx");
        File.WriteAllText(template, "not a zip");
        var output = Repo.TempDir();

        var result = Compose(output, "--template", template);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain($"{template}: error PK0420: cannot use this Word template: it is a file of unknown kind (no Office package), not a Word document; save it in Word as a Word document (.docx)");
        result.Error.ShouldNotContain("   at ");
        Directory.GetFiles(output).ShouldBeEmpty();
    }

    [Fact]
    public void Should_UseTheMunicipalitysTemplateAndWording_When_TheTemplateFolderHasBoth()
    {
        var template = Repo.TempDir();
        WriteLetterhead(Path.Combine(template, "template.docx"));
        Directory.CreateDirectory(Path.Combine(template, "de"));
        File.WriteAllText(Path.Combine(template, "de", "cover.md"), "# Anlage 7: IT-Sicherheit\n\n## {{title}}\n\n{{title-block}}\n");
        var output = Repo.TempDir();

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
        var result = Compose(Repo.TempDir(), "--format", "pdf");

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
            new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("{{annex}}"))),
            new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rId1" })));
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
