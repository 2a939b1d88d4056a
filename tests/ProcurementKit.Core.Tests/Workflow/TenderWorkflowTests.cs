using System.Text;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Annex;
using ProcurementKit.Tests.Support;
using ProcurementKit.Workflow;

namespace ProcurementKit.Tests.Workflow;

/// <summary>The steps before the documents, the same for the command line and a web host.</summary>
public sealed class TenderWorkflowTests
{
    private static FileStream Example(string name) => System.IO.File.OpenRead(Path.Combine(RepositoryPaths.Examples, name));

    [Fact]
    public void Should_SelectAndTakeTheTendersLanguage_When_NoLanguageIsAsked()
    {
        using var json = Example("managed-operations.json");

        var prepared = TenderWorkflow.Prepare(ShippedCatalog.Catalog, json, "managed-operations.json").Value!;

        prepared.Language.ShouldBe(Language.English);
        prepared.Selection.Requirements.ShouldNotBeEmpty();
    }

    [Fact]
    public void Should_NameTheOption_When_TheLanguageIsUnknown()
    {
        using var json = Example("lorawan-network.json");

        var problem = TenderWorkflow.Prepare(ShippedCatalog.Catalog, json, "lorawan-network.json", "fr").Problems.ShouldHaveSingleItem();

        problem.ToString().ShouldBe("--lang: error PK0402: 'fr' is not a document language; valid: de, en");
    }

    [Fact]
    public void Should_NameEveryDocument_When_Composing()
    {
        using var json = Example("lorawan-network.json");
        var prepared = TenderWorkflow.Prepare(ShippedCatalog.Catalog, json, "lorawan-network.json").Value!;

        var documents = TenderWorkflow.Compose(prepared, ExampleTenders.Templates(Language.German), markdown: true);

        documents.Select(d => d.Name).ShouldBe(["annex.docx", "annex.md", "response-form.xlsx", "evaluation-matrix.xlsx", "selection.json"]);
        using var markdown = new MemoryStream();
        documents[1].Write(markdown, CancellationToken.None);
        Encoding.UTF8.GetString(markdown.ToArray()).ShouldContain(prepared.Tender.Title);
    }

    [Fact]
    public void Should_ReplaceTheShippedText_When_AMunicipalityGivesItsOwn()
    {
        var shipped = ExampleTenders.Templates(Language.German).Texts.Values;
        var own = new TemplateText("preliminary-remarks", "stadt/de/preliminary-remarks.md", "# Vorbemerkungen\n\nUnser eigener Text.\n");

        var merged = AnnexTemplateMerge.Merge(Language.German, shipped, [own], "stadt/de").Value!;

        merged["preliminary-remarks"].ShouldBe(own);
        merged["cover"].Source.ShouldBe("tender-templates/de/cover.md");
    }

    [Fact]
    public void Should_ReportTheMissingFile_When_AProseTextIsAbsent()
    {
        var shipped = ExampleTenders.Templates(Language.German).Texts.Values.Where(t => t.Name != "references");

        var problem = AnnexTemplateMerge.Merge(Language.German, shipped, [], null).Problems.ShouldHaveSingleItem();

        problem.ToString().ShouldStartWith("tender-templates/de/references.md: error PK0501:");
    }

    [Fact]
    public void Should_ParseOnce_When_TheSameCatalogIsAskedForAgain()
    {
        var cache = new CatalogCache(capacity: 1);
        var first = TestCatalog.WithClauses(TestCatalog.Clause("UPD-01"));
        var other = TestCatalog.WithClauses(TestCatalog.Clause("UPD-02"));

        var loaded = cache.Load(first);

        cache.Load(first with { }).ShouldBeSameAs(loaded);
        cache.Load(other).ShouldNotBeSameAs(loaded);
        cache.Count.ShouldBe(1);
        cache.Load(first).ShouldNotBeSameAs(loaded);
    }

    [Fact]
    public void Should_ReturnTheWarningAsANote_When_APriceOnlyTenderSelectsBCriteria()
    {
        // The sensor roll-out announced for the lowest price instead of its reference-value method.
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "sensor-rollout.json"))
            .Replace("\"simple-reference-value\"", "\"price-only\"", StringComparison.Ordinal);
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var prepared = TenderWorkflow.Prepare(ShippedCatalog.Catalog, json, "sensor-rollout.json");

        prepared.Succeeded.ShouldBeTrue();
        prepared.Value!.Selection.Scored.ShouldBeEmpty();
        prepared.Problems.ShouldHaveSingleItem().Code.ShouldBe("PK0313");
    }
}
