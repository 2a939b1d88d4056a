using ProcurementKit.Catalog;
using ProcurementKit.Tests.Support;
using ProcurementKit.Workflow;

namespace ProcurementKit.Tests.Oscal;

/// <summary>Every OSCAL document ProcurementKit writes validates against the official OSCAL 1.2.1 schemas with 0 errors.</summary>
public sealed class OscalExportSchemaTests
{
    public static TheoryData<string> Languages => new() { "de", "en" };

    public static TheoryData<string> Examples => new(ShippedCatalog.ExampleFiles.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Should_ValidateAgainstTheCatalogSchema_When_TheShippedCatalogIsExported(string code)
    {
        ProcurementKit.Catalog.Languages.TryParse(code, out var language).ShouldBeTrue();

        var exported = OscalWorkflow.Catalog(ShippedCatalog.Catalog, language).Value!;

        OscalSchemas.Errors(OscalSchemas.Catalog, exported).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_ValidateAgainstTheProfileSchema_When_AnExampleTendersSelectionIsExported(string example)
    {
        var profile = OscalWorkflow.Profile(OscalExamples.Prepare(example), resolved: false).Value!;

        OscalSchemas.Errors(OscalSchemas.Profile, profile).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_ValidateAgainstTheCatalogSchema_When_AnExampleTendersResolvedProfileIsExported(string example)
    {
        var resolved = OscalWorkflow.Profile(OscalExamples.Prepare(example), resolved: true).Value!;

        OscalSchemas.Errors(OscalSchemas.Catalog, resolved).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Should_ValidateAgainstTheMappingSchema_When_TheGrundschutzMappingIsExported(string code)
    {
        ProcurementKit.Catalog.Languages.TryParse(code, out var language).ShouldBeTrue();

        var mapping = OscalWorkflow.Mapping(ShippedCatalog.Catalog, language).Value!;

        OscalSchemas.Errors(OscalSchemas.Mapping, mapping).ShouldBeEmpty();
    }
}
