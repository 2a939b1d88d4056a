using System.IO.Compression;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Commands;

/// <summary>`template check` and `compose --template` with the Word templates a municipality brings.</summary>
public sealed class TemplateCommandTests
{
    private static string Fixture(string name) => Path.Combine(TemplateFixtures.Folder, name);

    [Fact]
    public void Should_TellWhatOfTheTemplateIsUsed_When_CheckingALetterheadTemplate()
    {
        var run = CliRun.Of("template", "check", Fixture("letterhead-marker.docx"));

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("letterhead-marker.docx: Word document (.docx)");
        run.Out.ShouldContain("page: A4 portrait (210 × 297 mm)");
        run.Out.ShouldContain("  heading 1 <- heading 1 (id Heading1)");
        run.Out.ShouldContain("header: the template's for every page: \"Stadt Musterhausen · Der Oberbürgermeister\" with 1 image(s)");
        run.Out.ShouldContain("annex marker: a paragraph holding {{annex}}");
        run.Out.ShouldContain("first pages (before the annex): 2 block(s), kept as they are");
        run.Out.ShouldContain("problems: none");
    }

    [Fact]
    public void Should_RefuseTheFileNamingIt_When_ItIsAWorkbookRenamedToDocx()
    {
        var folder = Repo.TempDir();
        CliRun.Of("compose", Repo.Example("lorawan-network"), "--out", folder).ExitCode.ShouldBe(0);
        var renamed = Path.Combine(folder, "vorlage.docx");
        File.Copy(Path.Combine(folder, "response-form.xlsx"), renamed);

        var run = CliRun.Of("template", "check", renamed);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain($"{renamed}: error PK0420: cannot use this Word template: it is an Excel workbook, not a Word document; save it in Word as a Word document (.docx) or Word template (.dotx)");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public void Should_RefuseTheExtension_When_TheTemplateIsNoWordFileByName()
    {
        var template = Path.Combine(Repo.TempDir(), "vorlage.odt");
        File.Copy(Fixture("letterhead-marker.docx"), template);
        var output = Repo.TempDir();

        var run = CliRun.Of("compose", Repo.Example("street-lighting"), "--out", output, "--template", template);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain($"{template}: error PK0504: cannot use this Word template: it has the extension '.odt'; pass a .docx, .dotx, .docm or .dotm file or a folder");
        Directory.GetFiles(output).ShouldBeEmpty();
    }

    [Fact]
    public void Should_WriteAMacroFreeAnnex_When_ComposingWithADocm()
    {
        var output = Repo.TempDir();

        var run = CliRun.Of("compose", Repo.Example("street-lighting"), "--out", output, "--template", Fixture("makro.docm"));

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldContain("makro.docm: warning PK0422: the template contains macros (VBA); they are left out");
        using var zip = ZipFile.OpenRead(Path.Combine(output, "annex.docx"));
        zip.Entries.ShouldNotContain(e => e.FullName.Contains("vba", StringComparison.OrdinalIgnoreCase));
        File.Exists(Path.Combine(output, "annex.docm")).ShouldBeFalse();
    }

    [Fact]
    public void Should_StateTheBodyRule_When_ComposeHelpIsShown()
    {
        var run = CliRun.Of("compose", "--help");

        var help = string.Join(' ', run.Out.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        help.ShouldContain("Its body is ignored unless it marks where the annex goes: a paragraph holding only {{annex}}");
        help.ShouldContain("procurementkit-annex");
        help.ShouldContain(".docm");
    }
}
