using System.Text.Json;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Commands;

public sealed class DiffCommandTests
{
    private static readonly string s_upd01 = TestCatalog.Clause("UPD-01");

    private static (string Old, string New) Releases()
    {
        var root = Directory.CreateTempSubdirectory("pk-diff-cli-").FullName;
        var old = CatalogFixture.Folder([s_upd01, TestCatalog.Clause("UPD-02")], root, "old");
        var @new = CatalogFixture.Folder(
            [s_upd01.Replace("liefert", "stellt", StringComparison.Ordinal), TestCatalog.Clause("UPD-03")], root, "new");
        return (old, @new);
    }

    [Fact]
    public void Should_print_a_summary_and_one_line_per_clause_When_comparing_two_folders()
    {
        var (old, @new) = Releases();

        var run = CliRun.Of("diff", old, @new);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("1 neu, 1 entfernt, 1 geändert (0 Status, 0 Verpflichtung, 0 verschoben, 0 zurückgezogen), 0 unverändert");
        run.Out.ShouldContain("~ UPD-01  Updates für {{support-period-years}}\n    text.de  [Version nicht erhöht]");
        run.Out.ShouldContain("- UPD-02");
        run.Out.ShouldContain("+ UPD-03");
    }

    [Fact]
    public void Should_print_json_with_counts_and_word_segments_When_asked_for_json()
    {
        var (old, @new) = Releases();

        var run = CliRun.Of("diff", old, @new, "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        root.GetProperty("summary").GetProperty("added").GetInt32().ShouldBe(1);
        root.GetProperty("summary").GetProperty("removed").GetInt32().ShouldBe(1);
        var change = root.GetProperty("changes").EnumerateArray().First(c => c.GetProperty("id").GetString() == "UPD-01");
        change.GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ShouldBe(["text", "version-not-raised"]);
        var words = change.GetProperty("fields")[0].GetProperty("words").EnumerateArray()
            .Where(w => w.GetProperty("op").GetString() != "equal").Select(w => w.GetProperty("op").GetString() + ":" + w.GetProperty("text").GetString());
        words.ShouldBe(["delete:liefert", "insert:stellt"]);
    }

    [Fact]
    public void Should_write_a_valid_redline_When_given_out()
    {
        var (old, @new) = Releases();
        var path = Path.Combine(Directory.CreateTempSubdirectory("pk-diff-out-").FullName, "redline.docx");

        var run = CliRun.Of("diff", old, @new, "--out", path);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldContain($"wrote {path}");
        var bytes = File.ReadAllBytes(path);
        bytes.ShouldBeValid();
        using var document = WordFiles.Open(bytes);
        WordFiles.Body(document).Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>().ShouldContain(r => r.InnerText == "stellt");
        // The folders typed on the command line stay on the command line; the redline names versions and hashes.
        document.MainDocumentPart!.Document!.InnerText.ShouldNotContain(old);
        document.MainDocumentPart.Document.InnerText.ShouldNotContain(@new);
        document.MainDocumentPart.Document.InnerText.ShouldContain("Achtung: Klauseln haben sich geändert, die Katalogversion aber nicht (0.1.0 → 0.1.0).");
    }

    [Fact]
    public void Should_warn_of_an_unchanged_version_and_a_deleted_clause_When_comparing()
    {
        var (old, @new) = Releases();

        var run = CliRun.Of("diff", old, @new);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldContain("catalog.yaml: warning PK0191: 3 clause(s) differ, but both releases are catalog version 0.1.0");
        run.Error.ShouldContain("UPD-02.md:1:1: warning PK0192: clause UPD-02 was deleted; tenders composed with the earlier release may cite it");
        run.Out.ShouldContain("entfernt – besser zurückziehen (status: retired)");
    }

    [Fact]
    public void Should_compare_a_git_revision_with_a_folder_When_given_rev_and_path()
    {
        var run = CliRun.Of("diff", "HEAD:requirements-catalog", RepositoryPaths.Catalog);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldStartWith("HEAD:requirements-catalog ");
    }

    [Fact]
    public void Should_fail_with_the_catalog_errors_When_a_release_does_not_load()
    {
        var (old, _) = Releases();
        var broken = CatalogFixture.Folder([TestCatalog.Clause("UPD-01", "from-level: extreme")]);

        var run = CliRun.Of("diff", old, broken);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("extreme");
        run.Error.ShouldContain("the catalog has 1 error(s)");
    }
}
