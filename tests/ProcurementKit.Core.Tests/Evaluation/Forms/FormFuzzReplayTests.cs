using ProcurementKit.Fuzz;
using Xunit.Abstractions;

namespace ProcurementKit.Tests.Evaluation.Forms;

/// <summary>The fuzz target's replay (what <c>ProcurementKit.Fuzz --replay</c> runs), here so <c>dotnet test</c> runs it too.</summary>
public sealed class FormFuzzReplayTests(ITestOutputHelper output)
{
    [Fact]
    public void Should_CrashOnNoCase_When_TheFuzzReplayRuns()
    {
        var selection = FormFixture.Selection.Value;

        var result = Replay.Run(SeedForms.Create(selection), selection, count: 5000, seed: 1);

        output.WriteLine(result.ToString());
        result.Crashes.ShouldBeEmpty();
        (result.Read + result.Rejected).ShouldBe(5000);
    }
}
