using ProcurementKit.Catalog;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Catalog;

/// <summary>catalog.yaml <c>scoring-scale</c>: the published qualitative steps, checked like every other catalog field.</summary>
public sealed class ScoringScaleReaderTests
{
    private static CatalogLoadResult LoadWithHeader(string extra) => CatalogLoader.Load(new CatalogSource("cat", [.. TestCatalog.WithClauses(TestCatalog.Clause()).Files
        .Select(f => f.RelativePath == "catalog.yaml" ? f with { Content = f.Content + "\n" + extra } : f)]));

    [Fact]
    public void Should_read_the_steps_in_order_When_catalog_yaml_has_a_scale()
    {
        var result = LoadWithHeader("""
            scoring-scale:
              - { points: 4, de: "voll", en: "full" }
              - { points: 0, de: "nicht", en: "not" }
              - { points: 2, de: "teils", en: "partly" }
            """);

        result.Diagnostics.ShouldBeEmpty();
        result.Catalog.Scale.Steps.Select(s => s.Points).ShouldBe([0m, 2m, 4m]);
        result.Catalog.Scale.Steps[1].Meaning.En.ShouldBe("partly");
        result.Catalog.Scale.Max.ShouldBe(4m);
    }

    [Fact]
    public void Should_take_the_built_in_scale_When_catalog_yaml_has_none()
    {
        LoadWithHeader(string.Empty).Catalog.Scale.ShouldBe(ScoringScale.Default);
    }

    [Theory]
    [InlineData("- { points: zehn, de: a, en: b }\n  - { points: 0, de: c, en: d }", "PK0102", "'points' has the value 'zehn'")]
    [InlineData("- { points: 0, de: a, en: b }\n  - { points: 0, de: c, en: d }", "PK0103", "duplicate scale step id '0'")]
    [InlineData("- { points: 10, de: a, en: b }", "PK0102", "no step with 0 points")]
    [InlineData("- { points: 0, de: a }", "PK0101", "required field 'en' is missing")]
    [InlineData("- { de: a, en: b }\n  - { points: 0, de: c, en: d }", "PK0101", "required field 'points' is missing")]
    public void Should_report_the_step_When_the_scale_is_malformed(string steps, string code, string message)
    {
        var result = LoadWithHeader($"scoring-scale:\n  {steps}");

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(code);
        diagnostic.Message.ShouldContain(message);
        diagnostic.Position.Line.ShouldBeGreaterThan(0);
        result.Catalog.Scale.ShouldBe(ScoringScale.Default);
    }

    [Fact]
    public void Should_publish_the_default_steps_When_the_shipped_catalog_is_loaded()
    {
        var scale = ShippedCatalog.Catalog.Scale;

        scale.Steps.Select(s => s.Points).ShouldBe(ScoringScale.Default.Steps.Select(s => s.Points));
        scale.Steps.ShouldAllBe(s => s.Meaning.De.Length > 0 && s.Meaning.En.Length > 0);
    }
}
