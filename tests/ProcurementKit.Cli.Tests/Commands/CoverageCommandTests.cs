using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Commands;

public sealed class CoverageCommandTests
{
    [Fact]
    public void Should_show_every_CRA_ETSI_and_NISTIR_item_covered_When_checking_the_shipped_catalog()
    {
        var run = CliRun.Of("coverage", "--catalog", Repo.Catalog, "--lang", "en");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Annex I Part I 2(c)");
        run.Out.ShouldContain("UPD-04");
        run.Out.ShouldContain("Grundschutz++ — ");
        var gaps = run.Out.TrimEnd().Split('\n')[^1];
        gaps.ShouldNotContain("CRA ");
        gaps.ShouldNotContain("ETSI ");
        gaps.ShouldNotContain("NISTIR ");
    }

    [Fact]
    public void Should_label_requirements_with_their_annex_numbers_When_a_tender_is_given()
    {
        var run = CliRun.Of("coverage", Repo.Example("sensor-rollout"), "--catalog", Repo.Catalog, "--lang", "en");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldMatch(@"Annex I Part I 2\(c\)\s+.*: \d+\.\d+ UPD-\d\d");
    }

    [Fact]
    public void Should_print_the_catalog_hash_When_asked()
    {
        var run = CliRun.Of("catalog", "hash", "--catalog", Repo.Catalog);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.Trim().ShouldMatch("^1\\.1\\.0 [0-9a-f]{64}$");
    }
}
