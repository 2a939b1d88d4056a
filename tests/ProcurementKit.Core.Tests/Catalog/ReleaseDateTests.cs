using ProcurementKit.Catalog;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Catalog;

public sealed class ReleaseDateTests
{
    private static CatalogLoadResult LoadWithHeader(string extra) => CatalogLoader.Load(new CatalogSource("cat", [.. TestCatalog.WithClauses(TestCatalog.Clause()).Files
        .Select(f => f.RelativePath == "catalog.yaml" ? f with { Content = f.Content + "\n" + extra } : f)]));

    [Fact]
    public void Should_read_the_release_date_When_catalog_yaml_has_released_on()
    {
        var result = LoadWithHeader("released-on: 2026-12-15");

        result.Diagnostics.ShouldBeEmpty();
        result.Catalog.Info.ReleasedOn.ShouldBe("2026-12-15");
    }

    [Fact]
    public void Should_report_the_position_When_released_on_is_not_an_iso_date()
    {
        var result = LoadWithHeader("released-on: 15.12.2026");

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.ToString().ShouldStartWith("cat/catalog.yaml:");
        diagnostic.ToString().ShouldContain("error PK0102");
        diagnostic.ToString().ShouldContain("an ISO date such as 2026-12-01");
        result.Catalog.Info.ReleasedOn.ShouldBeNull();
    }

    [Fact]
    public void Should_have_a_release_date_When_the_shipped_catalog_is_loaded()
    {
        ShippedCatalog.Catalog.Info.ReleasedOn.ShouldNotBeNull();
    }
}
