using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Commands;

public sealed class LintCommandTests
{
    [Fact]
    public void Should_exit_0_and_summarise_When_linting_the_shipped_catalog()
    {
        var run = CliRun.Of("lint", "--catalog", Repo.Catalog);

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("0 error(s), 0 warning(s)");
    }

    [Fact]
    public void Should_use_the_shipped_catalog_When_no_catalog_is_given()
    {
        var run = CliRun.Of("lint");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldStartWith("requirements-catalog: ");
    }

    [Fact]
    public void Should_print_path_line_column_and_exit_1_When_a_clause_is_broken()
    {
        var catalog = Repo.TempDir();
        foreach (var file in new[] { "catalog.yaml", "categories.yaml", "topics.yaml" })
        {
            File.Copy(Path.Combine(Repo.Catalog, file), Path.Combine(catalog, file));
        }

        Directory.CreateDirectory(Path.Combine(catalog, "clauses", "security-updates"));
        var clause = File.ReadAllText(Path.Combine(Repo.Catalog, "clauses", "security-updates", "UPD-01.md"))
            .Replace("phase: planning", "phase: planing", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(catalog, "clauses", "security-updates", "UPD-01.md"), clause);

        var run = CliRun.Of("lint", "--catalog", catalog);

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("clauses/security-updates/UPD-01.md:");
        run.Out.ShouldContain(": error PK0106: unknown phase 'planing' (did you mean 'planning'?)");
        run.Out.ShouldContain("1 error(s)");
    }

    [Fact]
    public void Should_fail_with_one_line_When_the_catalog_folder_does_not_exist()
    {
        var run = CliRun.Of("lint", "--catalog", "/nonexistent/catalog");

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldBe("/nonexistent/catalog: error PK0003: catalog folder not found; pass --catalog with a folder that holds catalog.yaml");
    }
}
