using System.Globalization;
using ProcurementKit.Catalog;
using ProcurementKit.Oscal;
using ProcurementKit.Tests.Rendering;
using ProcurementKit.Tests.Support;
using ProcurementKit.Workflow;

namespace ProcurementKit.Tests.Oscal;

/// <summary>Same catalog and tender, same bytes: twice in a row and under a Turkish, German or invariant culture.</summary>
[Collection(nameof(CultureChanging))]
public sealed class OscalDeterminismTests
{
    private static readonly string[] s_cultures = ["tr-TR", "de-DE", ""];

    [Theory]
    [InlineData(Language.German)]
    [InlineData(Language.English)]
    public void Should_WriteTheSameBytes_When_WrittenTwiceAndUnderOtherCultures(Language language)
    {
        var runs = s_cultures.Concat(s_cultures).Select(culture => InCulture(culture, () => Documents(language))).ToList();

        foreach (var document in runs[0].Keys)
        {
            runs.Select(r => r[document]).Distinct().ShouldHaveSingleItem($"{document} differs between runs or cultures");
        }
    }

    [Fact]
    public void Should_DeriveTheSameUuid_When_TheSameNameIsGiven()
    {
        Uuid5.For("control:upd-01").ShouldBe(Uuid5.For("control:upd-01"));
        Uuid5.For("control:upd-01").ShouldNotBe(Uuid5.For("control:upd-02"));

        // RFC 9562 test vector: version 5 of "www.example.com" in the DNS namespace.
        Uuid5.Create(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com").ToString().ShouldBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    }

    private static Dictionary<string, string> Documents(Language language)
    {
        var prepared = OscalExamples.Prepare("sensor-rollout.json", language.Code());
        var standard = OscalReader.ReadCatalog(File.OpenRead(OscalSchemas.DataFile("Lieferkettensicherheit-resolved_catalog.json")), "scs.json").Value!;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["catalog"] = Hash(OscalWorkflow.Catalog(ShippedCatalog.Catalog, language).Value!),
            ["profile"] = Hash(OscalWorkflow.Profile(prepared, resolved: false).Value!),
            ["resolved"] = Hash(OscalWorkflow.Profile(prepared, resolved: true).Value!),
            ["mapping"] = Hash(OscalWorkflow.Mapping(ShippedCatalog.Catalog, language).Value!),
            ["coverage"] = OscalCoverageReport.Text(OscalCoverageMatrix.ForSelection(standard, prepared.Selection, []), language),
            ["coverage.json"] = OscalCoverageReport.Json(OscalCoverageMatrix.ForCatalog(standard, ShippedCatalog.Catalog, [])),
        };
    }

    private static string Hash(byte[] bytes) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes));

    private static T InCulture<T>(string culture, Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
        }
    }
}
