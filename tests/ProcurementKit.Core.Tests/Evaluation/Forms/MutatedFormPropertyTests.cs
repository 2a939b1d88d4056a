using CsCheck;
using ProcurementKit.Evaluation.Forms;
using ProcurementKit.Fuzz;
using ProcurementKit.Fuzz.Mutations;
using ProcurementKit.Tests.Support;
using Xunit.Abstractions;

namespace ProcurementKit.Tests.Evaluation.Forms;

/// <summary>
/// Whatever a returned form was turned into (damaged bytes, missing or extra entries, changed XML), reading it
/// gives a response or problems; it never throws.
/// </summary>
public sealed class MutatedFormPropertyTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<byte[]>> s_seeds = new(() =>
        [FormFixture.Filled().Apply(FormFixture.Blank()), .. SeedForms.Create(FormFixture.Selection.Value)]);

    [Fact]
    public void Should_ReturnAResultOrProblems_When_AFilledFormIsMutated()
    {
        int read = 0, rejected = 0;
        var cases = Gen.Select(Gen.Int[0, s_seeds.Value.Count - 1], MutationGen.Mutations);

        // One thread: the machine is shared, and the counts then add up to the iterations.
        cases.Sample((seed, mutations) =>
        {
            var result = FormFixture.Read(Mutation.ApplyAll(s_seeds.Value[seed], mutations));
            result.Problems.ShouldAllBe(p => p.Code.StartsWith("PK06", StringComparison.Ordinal));
            (result.Succeeded ? ref read : ref rejected)++;
        }, iter: 2000, threads: 1);

        output.WriteLine($"mutated forms: {read + rejected} cases, {rejected} rejected, {read} read");
        (read + rejected).ShouldBe(2000);
    }
}
