using System.Security.Cryptography;
using System.Text.Json;
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
        foreach (var option in new[] { "--out", "--catalog", "--lang", "--force" })
        {
            run.Out.ShouldContain(option);
        }
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
