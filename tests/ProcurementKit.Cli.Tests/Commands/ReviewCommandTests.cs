using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Commands;

public sealed class ReviewCommandTests
{
    private static string OutFolder() => Directory.CreateTempSubdirectory("pk-review-cli-").FullName;

    [Fact]
    public void Should_write_a_valid_review_document_When_given_a_catalog_and_out()
    {
        var catalog = CatalogFixture.Folder([TestCatalog.Clause("UPD-01"), TestCatalog.Clause("CRY-01")]);
        var path = Path.Combine(OutFolder(), "review.docx");

        var run = CliRun.Of("review", "--catalog", catalog, "--out", path, "--lang", "both");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("2 clauses of catalog 0.1.0");
        var bytes = File.ReadAllBytes(path);
        bytes.ShouldBeValid();
        using var document = WordFiles.Open(bytes);
        WordFiles.ParagraphTexts(document).ShouldContain(t => t.Contains("Der Auftragnehmer liefert Updates für [Supportzeitraum: normal 5 / hoch 7 / sehr hoch 10\u00A0Jahre].", StringComparison.Ordinal));
        WordFiles.ParagraphTexts(document).ShouldContain(t => t.Contains("The contractor supplies updates for [Support period: normal 5 / high 7 / very high 10\u00A0years].", StringComparison.Ordinal));
        document.MainDocumentPart!.Document!.InnerText.ShouldNotContain("{{");
    }

    [Fact]
    public void Should_refuse_to_replace_the_file_When_it_exists_without_force()
    {
        var path = Path.Combine(OutFolder(), "review.docx");
        File.WriteAllText(path, "alt");

        var run = CliRun.Of("review", "--out", path);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("error PK0400: file exists; pass --force to replace it");
        File.ReadAllText(path).ShouldBe("alt");
        CliRun.Of("review", "--out", path, "--force").ExitCode.ShouldBe(0);
        File.ReadAllBytes(path).ShouldBeValid();
    }

    [Theory]
    [InlineData("--lang", "fr", "--lang: error PK0402: 'fr' is not a document language")]
    [InlineData("--out", "review.pdf", "error PK0401: --out must name a .docx file")]
    public void Should_explain_the_mistake_When_an_option_is_wrong(string option, string value, string message)
    {
        var args = option == "--out" ? new[] { "review", option, Path.Combine(OutFolder(), value) } : ["review", "--out", Path.Combine(OutFolder(), "r.docx"), option, value];

        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain(message);
    }
}
