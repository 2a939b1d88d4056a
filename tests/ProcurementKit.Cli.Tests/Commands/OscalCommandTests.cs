using System.Text.Json;
using ProcurementKit.Catalog;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Commands;

public sealed class OscalCommandTests
{
    private static readonly string s_supplyChain =
        Path.Combine(Repo.Root, "tests", "ProcurementKit.Core.Tests", "Oscal", "Data", "Lieferkettensicherheit-resolved_catalog.json");

    private static string OutFolder() => Directory.CreateTempSubdirectory("pk-oscal-cli-").FullName;

    [Fact]
    public void Should_write_the_same_catalog_twice_When_exporting_the_shipped_catalog()
    {
        var folder = OutFolder();
        var first = Path.Combine(folder, "procurementkit-catalog.json");
        var second = Path.Combine(folder, "again.json");

        var run = CliRun.Of("oscal", "catalog", "--catalog", Repo.Catalog, "--out", first, "--lang", "en");
        CliRun.Of("oscal", "catalog", "--catalog", Repo.Catalog, "--out", second, "--lang", "en").ExitCode.ShouldBe(0);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldMatch(@"\d+ controls of catalog 1\.1\.0 \([0-9a-f]{12}\), OSCAL 1\.2\.1");
        File.ReadAllBytes(first).ShouldBe(File.ReadAllBytes(second));
        using var json = JsonDocument.Parse(File.ReadAllBytes(first));
        json.RootElement.GetProperty("catalog").GetProperty("metadata").GetProperty("oscal-version").GetString().ShouldBe("1.2.1");
    }

    [Fact]
    public void Should_write_profile_resolved_catalog_and_mapping_When_asked_for_an_example()
    {
        var folder = OutFolder();

        var profile = CliRun.Of("oscal", "profile", Repo.Example("sensor-rollout"), "--catalog", Repo.Catalog, "--out", Path.Combine(folder, "profile.json"));
        var resolved = CliRun.Of("oscal", "profile", Repo.Example("sensor-rollout"), "--catalog", Repo.Catalog, "--out", Path.Combine(folder, "resolved.json"), "--resolved");
        var mapping = CliRun.Of("oscal", "mapping", "--catalog", Repo.Catalog, "--out", Path.Combine(folder, "mapping.json"));

        profile.ExitCode.ShouldBe(0, profile.Error);
        resolved.ExitCode.ShouldBe(0, resolved.Error);
        mapping.ExitCode.ShouldBe(0, mapping.Error);
        mapping.Out.ShouldMatch(@"\d+ clause-control pairs to Grundschutz\+\+");
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "profile.json"))).RootElement.TryGetProperty("profile", out _).ShouldBeTrue();
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "resolved.json"))).RootElement.TryGetProperty("catalog", out _).ShouldBeTrue();
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "mapping.json"))).RootElement.TryGetProperty("mapping-collection", out _).ShouldBeTrue();
    }

    [Fact]
    public void Should_refuse_an_output_that_is_no_json_file_When_exporting()
    {
        var run = CliRun.Of("oscal", "catalog", "--catalog", Repo.Catalog, "--out", Path.Combine(OutFolder(), "catalog.xml"));

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("error PK0401: --out must name a .json file");
    }

    [Fact]
    public void Should_say_the_release_date_is_missing_When_the_catalog_has_none()
    {
        var catalog = CatalogFixture.Folder([TestCatalog.Clause("UPD-01", "status: draft", "approved-by: ~remove", "approved-on: ~remove")]);
        var path = Path.Combine(OutFolder(), "catalog.json");

        var run = CliRun.Of("oscal", "catalog", "--catalog", catalog, "--out", path);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("catalog.yaml: error PK0810: the catalog has no release date");
        File.Exists(path).ShouldBeFalse();
    }

    [Fact]
    public void Should_list_all_146_supply_chain_controls_When_coverage_reads_the_bsi_catalog()
    {
        var run = CliRun.Of("coverage", "--standard", s_supplyChain, "--catalog", Repo.Catalog, "--lang", "en", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("summary").GetProperty("controls").GetInt32().ShouldBe(146);
        json.RootElement.GetProperty("controls").GetArrayLength().ShouldBe(146);
        json.RootElement.GetProperty("standard").GetProperty("citedAs").GetString().ShouldBe("Grundschutz++");
        CliRun.Of("coverage", "--standard", s_supplyChain, "--catalog", Repo.Catalog, "--lang", "en", "--json").Out.ShouldBe(run.Out);
    }

    [Fact]
    public void Should_label_a_tenders_requirements_When_coverage_reads_the_bsi_catalog_with_a_tender()
    {
        var run = CliRun.Of("coverage", Repo.Example("sensor-rollout"), "--standard", s_supplyChain, "--catalog", Repo.Catalog, "--lang", "en");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldStartWith("Supply Chain Security (2026-07-29T06:43:02.309555+00:00): 146 controls\nClauses cite them as \"Grundschutz++\"\n");
        run.Out.ShouldMatch(@"ASST\.2\.3\.2\s+Software Bill of Materials \(SBOM\): \d+\.\d+ VUL-\d\d");
    }

    [Fact]
    public void Should_name_the_file_When_the_oscal_catalog_is_missing_or_broken()
    {
        var broken = Path.Combine(OutFolder(), "broken.json");
        File.WriteAllText(broken, "{ \"catalog\": {\n  \"uuid\": }");

        var missing = CliRun.Of("coverage", "--standard", Path.Combine(OutFolder(), "none.json"), "--catalog", Repo.Catalog);
        var invalid = CliRun.Of("coverage", "--standard", broken, "--catalog", Repo.Catalog);

        missing.ExitCode.ShouldBe(1);
        missing.Error.ShouldContain("error PK0805: OSCAL file not found");
        invalid.ExitCode.ShouldBe(1);
        invalid.Error.ShouldContain($"{broken}:2:11: error PK0800: not valid JSON");
    }

    [Fact]
    public void Should_check_cited_control_ids_When_a_catalog_registers_an_oscal_catalog()
    {
        var source = TestCatalog.WithClauses(TestCatalog.Clause("UPD-01", "references: [{ standard: \"BSI Lieferkettensicherheit\", item: \"BES.4.08\" }]"));
        var root = Path.Combine(OutFolder(), "catalog");
        CatalogFixture.Write(root, source with
        {
            Files =
            [
                .. source.Files,
                new CatalogFile("standards/scs.yaml", "standard: \"BSI Lieferkettensicherheit\"\noscal: scs.json\n"),
                new CatalogFile("standards/scs.json", File.ReadAllText(s_supplyChain)),
            ],
        });

        var run = CliRun.Of("lint", "--catalog", root);

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("error PK0820: 'BES.4.08' is no control of the OSCAL catalog standards/scs.json registered as 'BSI Lieferkettensicherheit' (did you mean 'BES.4.8'?)");
    }

    [Fact]
    public void Should_explain_the_subcommands_When_asked_for_help()
    {
        var run = CliRun.Of("oscal", "--help");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("catalog");
        run.Out.ShouldContain("profile");
        run.Out.ShouldContain("mapping");
    }
}
