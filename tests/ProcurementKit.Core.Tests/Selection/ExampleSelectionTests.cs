using System.Text;
using ProcurementKit.Catalog;
using ProcurementKit.Selection;
using ProcurementKit.Tenders;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Selection;

/// <summary>
/// Golden expectations for each shipped example, readable by a reviewer: one line per requirement with
/// number, id, A/B and weight, lots, level and parameter values (approved files in Selection/approved/).
/// A changed catalog or engine shows up here as a readable diff.
/// </summary>
public sealed class ExampleSelectionTests
{
    public static TheoryData<string> Examples => [.. ShippedCatalog.ExampleFiles.Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_select_the_approved_requirements_When_composing_an_example(string example)
    {
        var selection = Select(example);

        Summary(selection).ShouldMatchApproved(c => c.SubFolder("approved").WithDiscriminator(example).NoDiff());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_score_at_least_a_quarter_of_the_requirements_When_composing_an_example(string example)
    {
        // B criteria let offers differ; a high-risk tender that scores almost nothing cannot tell a better offer apart.
        var selection = Select(example);

        var share = (decimal)selection.Scored.Count() / selection.Requirements.Count;

        share.ShouldBeGreaterThanOrEqualTo(0.25m, $"{selection.Scored.Count()} of {selection.Requirements.Count} requirements are scored");
        selection.Scored.ShouldAllBe(r => r.Clause.Scoring != null || selection.Scale.Steps.Count > 1, "every B criterion has a scoring rule: linear, or the published scale");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_fill_every_placeholder_When_composing_an_example(string example)
    {
        var selection = Select(example);

        foreach (var r in selection.Requirements)
        {
            foreach (var language in new[] { Language.German, Language.English })
            {
                (r.Title[language] + r.Text[language] + r.Evidence[language]).ShouldNotContain("{{", customMessage: r.Id);
            }
        }
    }

    [Fact]
    public void Should_demand_the_tender_support_period_When_the_LoRaWAN_example_sets_eight_years()
    {
        var selection = Select("lorawan-network");

        var update = selection.Find("UPD-01")!;
        update.Obligation.IsKnockOut.ShouldBeTrue();
        update.Parameter("support-period-years")!.Value.ShouldBe("8");
        update.Text.De.ShouldContain("8\u00A0Jahre");
    }

    private static TenderSelection Select(string example)
    {
        var path = Path.Combine(RepositoryPaths.Examples, example + ".json");
        using var stream = File.OpenRead(path);
        var read = TenderReader.Read(stream, path, ShippedCatalog.Catalog);
        read.Errors.ShouldBeEmpty();
        var result = SelectionEngine.Select(ShippedCatalog.Catalog, read.Tender!, path);
        result.Errors.ShouldBeEmpty();
        return result.Selection!;
    }

    private static string Summary(TenderSelection selection)
    {
        var text = new StringBuilder();
        text.Append($"{selection.Tender.Reference}: {selection.Requirements.Count} requirements, {selection.KnockOut.Count()} A, {selection.Scored.Count()} B\n");
        foreach (var r in selection.Requirements)
        {
            var parameters = string.Join(" ", r.Parameters.Select(p => $"{p.Name}={p.Value}"));
            text.Append($"{r.Number,-6} {r.Id,-7} {r.Obligation,-3} lots={string.Join(',', r.Lots),-6} {r.Level.ToKey(),-9} {parameters}".TrimEnd()).Append('\n');
        }

        text.Append("excluded:\n");
        foreach (var e in selection.Excluded)
        {
            text.Append($"  {e.Id,-7} {e.Reason.En}\n");
        }

        return text.ToString();
    }
}
