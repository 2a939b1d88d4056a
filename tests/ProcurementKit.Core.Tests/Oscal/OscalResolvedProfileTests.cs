using ProcurementKit.Catalog;
using ProcurementKit.Oscal;
using ProcurementKit.Tests.Support;
using ProcurementKit.Workflow;

namespace ProcurementKit.Tests.Oscal;

/// <summary>
/// The resolved profile of each shipped example is what the supplier must meet: exactly the selected requirements,
/// in annex order, with the parameter values the annex prints. The profile itself imports exactly those controls.
/// </summary>
public sealed class OscalResolvedProfileTests
{
    public static TheoryData<string, Language> Examples => ExampleTenders.AllWithLanguages();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_ListExactlyTheSelectedRequirementsWithTheAnnexValues_When_AnExampleIsResolved(string example, Language language)
    {
        var prepared = OscalExamples.Prepare(example, language.Code());
        var annex = ExampleTenders.Markdown(new ProcurementKit.Rendering.Annex.AnnexDocument(prepared.Selection, language, ExampleTenders.Templates(language)));

        var resolved = OscalReader.ReadCatalog(new MemoryStream(OscalWorkflow.Profile(prepared, resolved: true).Value!), "resolved.json").Value!;

        resolved.Controls.Select(c => c.Prop("label")).ShouldBe(prepared.Selection.Requirements.Select(r => r.Id));
        foreach (var (control, requirement) in resolved.Controls.Zip(prepared.Selection.Requirements))
        {
            control.Prop("number", OscalNames.Namespace).ShouldBe(requirement.Number);
            control.Prop("tender-obligation", OscalNames.Namespace).ShouldBe(requirement.Obligation.Kind.ToString());
            control.Params.Select(p => p.Values.Single()).ShouldBe(requirement.Parameters.Select(p => p.Display[language]), requirement.Id);
            foreach (var parameter in requirement.Parameters.Where(p => requirement.Clause.Text(language).Body.Contains("{{" + p.Name + "}}", StringComparison.Ordinal)))
            {
                annex.ShouldContain(parameter.Display[language], Case.Sensitive, $"{requirement.Id} {parameter.Name}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_ImportTheSelectedControlsAndSetTheirValues_When_AnExampleIsWrittenAsProfile(string example, Language language)
    {
        var prepared = OscalExamples.Prepare(example, language.Code());

        var profile = System.Text.Json.JsonDocument.Parse(OscalWorkflow.Profile(prepared, resolved: false).Value!).RootElement.GetProperty("profile");

        var import = profile.GetProperty("imports")[0];
        import.GetProperty("href").GetString().ShouldBe(OscalNames.CatalogFileName);
        import.GetProperty("include-controls")[0].GetProperty("with-ids").EnumerateArray().Select(e => e.GetString())
            .ShouldBe(prepared.Selection.Requirements.Select(r => OscalIds.Control(r.Id)));
        var values = profile.GetProperty("modify").GetProperty("set-parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("param-id").GetString()!, p => p.GetProperty("values")[0].GetString());
        values.ShouldBe(prepared.Selection.Requirements.SelectMany(r => r.Parameters.Select(p => (Id: OscalIds.Parameter(r.Id, p.Name), p.Value)))
            .ToDictionary(p => p.Id, p => (string?)p.Value), ignoreOrder: true);
        profile.GetProperty("modify").GetProperty("alters").GetArrayLength().ShouldBe(prepared.Selection.Requirements.Count);
    }
}
