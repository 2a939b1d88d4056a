using System.Text.Json;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Commands;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Should_print_the_decision_table_in_the_tender_language()
    {
        var run = CliRun.Of("explain", Repo.Example("lorawan-network"), "--catalog", Repo.Catalog);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldStartWith("Nr.");
        run.Out.ShouldContain("UPD-01");
        run.Out.ShouldContain("aufgenommen, weil");
        run.Out.ShouldContain("Anforderungen ausgewählt");
    }

    [Fact]
    public void Should_print_english_json_When_asked_with_lang_and_json()
    {
        var run = CliRun.Of("explain", Repo.Example("lorawan-network"), "--catalog", Repo.Catalog, "--lang", "en", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("language").GetString().ShouldBe("en");
        json.RootElement.GetProperty("requirements").GetArrayLength().ShouldBeGreaterThan(20);
        json.RootElement.GetProperty("requirements")[0].GetProperty("reason").GetString()!.ShouldStartWith("included because");
    }

    [Fact]
    public void Should_name_file_and_key_and_exit_1_When_the_tender_has_an_unknown_category()
    {
        var folder = Repo.TempDir();
        var tender = Path.Combine(folder, "tender.json");
        File.WriteAllText(tender, File.ReadAllText(Repo.Example("lorawan-network")).Replace("\"lorawan-gateway\"", "\"lorawan-gatway\"", StringComparison.Ordinal));

        var run = CliRun.Of("explain", tender, "--catalog", Repo.Catalog);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain($"{tender}: error PK0304: 'lots:0:categories:0': 'lorawan-gatway' is not a product category of the catalog (did you mean 'lorawan-gateway'?)");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public void Should_say_the_file_is_missing_When_the_tender_does_not_exist()
    {
        var run = CliRun.Of("explain", "missing.json", "--catalog", Repo.Catalog);

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldBe("missing.json: error PK0300: tender file not found; pass the path of a tender .json file (see examples/)");
    }

    [Fact]
    public void Should_reject_an_unknown_language()
    {
        var run = CliRun.Of("explain", Repo.Example("lorawan-network"), "--catalog", Repo.Catalog, "--lang", "fr");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("--lang: error PK0402: 'fr' is not a document language; valid: de, en");
    }

    [Fact]
    public void Should_print_the_price_only_warning_on_standard_error_When_B_criteria_are_dropped()
    {
        var tender = Path.Combine(Directory.CreateTempSubdirectory("pk-price-only-").FullName, "sensor-rollout.json");
        File.WriteAllText(tender, File.ReadAllText(Repo.Example("sensor-rollout")).Replace("\"simple-reference-value\"", "\"price-only\"", StringComparison.Ordinal));

        var run = CliRun.Of("explain", tender, "--catalog", Repo.Catalog);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldContain("warning PK0313: 'evaluation:method': the lowest-price method scores no criteria");
        run.Out.ShouldContain("bei reiner Preiswertung werden keine Wertungskriterien gewertet");
        run.Out.ShouldNotContain("PK0313");
    }
}
