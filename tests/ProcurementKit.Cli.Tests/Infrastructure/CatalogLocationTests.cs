using ProcurementKit.Catalog;
using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Infrastructure;

public sealed class CatalogLocationTests
{
    private static readonly string s_clause = TestCatalog.Clause("UPD-01");
    private static readonly string s_edited = s_clause.Replace("liefert", "stellt", StringComparison.Ordinal);

    [Fact]
    public void Should_read_the_catalog_as_tagged_When_given_a_revision_and_path()
    {
        var repo = CatalogFixture.Repository([s_clause, TestCatalog.Clause("UPD-02")], [s_edited]);

        var tagged = CatalogLocation.Load("v1:requirements", repo);
        var head = CatalogLocation.Load("HEAD:requirements", repo);

        tagged.Clauses.Select(c => c.Id).ShouldBe(["UPD-01", "UPD-02"]);
        tagged.FindClause("UPD-01")!.German.Body.ShouldContain("liefert");
        head.Clauses.ShouldHaveSingleItem().German.Body.ShouldContain("stellt");
    }

    [Fact]
    public void Should_name_the_revision_in_diagnostics_When_reading_from_git()
    {
        var repo = CatalogFixture.Repository([s_clause], [s_edited]);

        var source = CatalogLocation.Read("HEAD~1:requirements/", repo);

        source.DisplayRoot.ShouldBe("HEAD~1:requirements/");
        source.Files.Select(f => f.RelativePath).ShouldContain("clauses/security-updates/UPD-01.md");
        source.DisplayPath("catalog.yaml").ShouldBe("HEAD~1:requirements/catalog.yaml");
    }

    [Fact]
    public void Should_give_the_same_hash_as_the_folder_When_the_revision_holds_the_same_files()
    {
        var repo = CatalogFixture.Repository([s_clause], [s_edited]);

        var fromGit = CatalogLocation.Load("HEAD:requirements", repo);
        var fromFolder = CatalogLocation.Load("requirements", repo);

        fromGit.Sha256.ShouldBe(fromFolder.Sha256);
    }

    [Fact]
    public void Should_fail_with_git_message_When_the_revision_does_not_exist()
    {
        var repo = CatalogFixture.Repository([s_clause], [s_edited]);

        var failure = Should.Throw<CliFailureException>(() => CatalogLocation.Read("v9:requirements", repo));

        failure.Lines.ShouldHaveSingleItem().ShouldStartWith("v9:requirements: error PK0410: git ls-tree failed:");
    }

    [Fact]
    public void Should_fail_naming_the_folder_When_the_revision_has_no_catalog_there()
    {
        var repo = CatalogFixture.Repository([s_clause], [s_edited]);

        var failure = Should.Throw<CliFailureException>(() => CatalogLocation.Read("v1:katalog", repo));

        failure.Lines.ShouldHaveSingleItem().ShouldContain("no catalog files under 'katalog' at revision 'v1'");
    }

    [Fact]
    public void Should_explain_both_forms_When_the_argument_is_neither_folder_nor_revision()
    {
        var failure = Should.Throw<CliFailureException>(() => CatalogLocation.Read("does-not-exist", Path.GetTempPath()));

        failure.Lines.ShouldHaveSingleItem().ShouldContain("give a folder (requirements-catalog) or REV:PATH");
    }

    [Fact]
    public void Should_list_catalog_errors_with_positions_When_a_release_is_broken()
    {
        var folder = CatalogFixture.Folder([TestCatalog.Clause("UPD-01", "phase: someday")]);

        var failure = Should.Throw<CliFailureException>(() => CatalogLocation.Load(folder, "/"));

        failure.Lines[0].ShouldContain("UPD-01.md:");
        failure.Lines[0].ShouldContain("someday");
        failure.Lines[^1].ShouldContain("the catalog has 1 error(s)");
    }
}
