using ProcurementKit.Catalog;
using ProcurementKit.Tenders;
using ProcurementKit.Tests.Support;
using ProcurementKit.Text;
using ProcurementKit.Workflow;

namespace ProcurementKit.Tests.Text;

public sealed class TextLanguageTests
{
    [Theory]
    [InlineData("Die Stadt errichtet ein Funknetz mit Sensoren für die Messung von Pegeln und Niederschlag.", Language.German)]
    [InlineData("The city procures a managed operations service for its IoT infrastructure and the field devices.", Language.English)]
    public void Should_name_the_language_When_a_text_has_enough_function_words(string text, Language expected)
    {
        TextLanguage.Guess(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("LoRaWAN-Gateways")]
    [InlineData("Smart Parking")]
    [InlineData("Die Stadt and the city: und the with der")]
    public void Should_say_nothing_When_the_text_is_too_short_or_mixed(string text)
    {
        TextLanguage.Guess(text).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(ExampleTenders.All), MemberType = typeof(ExampleTenders))]
    public void Should_warn_PK0315_only_When_the_documents_are_in_the_other_language_than_the_tender_texts(string example)
    {
        var path = Path.Combine(RepositoryPaths.Examples, example);
        var own = Prepare(path, null);
        var tenderLanguage = own.Value!.Tender.Language;
        var other = Prepare(path, tenderLanguage == Language.German ? "en" : "de");

        own.Problems.ShouldNotContain(p => p.Code == "PK0315");
        var warning = other.Problems.ShouldHaveSingleItem();
        warning.Code.ShouldBe("PK0315");
        warning.IsError.ShouldBeFalse();
        warning.Position.Key.ShouldBe("description");
        TenderTextLanguage.Foreign(other.Value!.Tender, other.Value.Language).ShouldBe(tenderLanguage);
    }

    private static WorkflowResult<PreparedTender> Prepare(string path, string? language)
    {
        using var stream = File.OpenRead(path);
        return TenderWorkflow.Prepare(ShippedCatalog.Catalog, stream, path, language);
    }
}
