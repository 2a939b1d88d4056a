using ProcurementKit.Catalog;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Catalog;

public sealed class ReferenceDisplayTests
{
    [Theory]
    [InlineData("CRA", "Annex I Part II 2", Language.German, "CRA Anhang I Teil II Nr. 2")]
    [InlineData("CRA", "Annex I Part I 2(f)", Language.German, "CRA Anhang I Teil I Nr. 2 Buchst. f")]
    [InlineData("CRA", "Annex VII", Language.German, "CRA Anhang VII")]
    [InlineData("CRA", "Art. 13(8)", Language.German, "CRA Art. 13 Abs. 8")]
    [InlineData("CRA", "Annex I Part II 2", Language.English, "CRA Annex I Part II 2")]
    [InlineData("NIS2", "Art. 21(2)(d)", Language.German, "NIS2 Art. 21 Abs. 2 Buchst. d")]
    [InlineData("NIS2", "Art. 21(2)(d)", Language.English, "NIS2 Art. 21(2)(d)")]
    [InlineData("DSGVO", "Art. 28", Language.German, "DSGVO Art. 28")]
    [InlineData("ETSI EN 303 645", "5.3-13", Language.German, "ETSI EN 303 645 5.3-13")]
    [InlineData("OGC SensorThings", "Part 1: Sensing", Language.German, "OGC SensorThings Part 1: Sensing")]
    public void Should_cite_as_the_document_language_does_When_a_reference_is_printed(string standard, string item, Language language, string expected)
    {
        ReferenceDisplay.Format(ShippedCatalog.Catalog, new Reference(standard, item), language).ShouldBe(expected);
    }

    [Fact]
    public void Should_give_every_CRA_item_a_german_display_name_without_english_words_When_the_registry_is_read()
    {
        var cra = ShippedCatalog.Catalog.FindStandard("CRA")!;

        cra.Items.ShouldAllBe(i => i.Display != null);
        cra.Items.Select(i => i.Display!.De).ShouldAllBe(d => !d.Contains("Annex") && !d.Contains("Part") && !d.Contains('('));
        cra.Items.ShouldAllBe(i => i.Display!.En == i.Id);
    }
}
