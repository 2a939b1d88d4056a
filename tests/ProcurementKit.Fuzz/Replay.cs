using ProcurementKit.Fuzz.Mutations;
using ProcurementKit.Selection;

namespace ProcurementKit.Fuzz;

/// <summary>What a replay saw: every case was read, refused with problems, or crashed.</summary>
public sealed record ReplayResult(int Cases, int Read, int Rejected, IReadOnlyList<string> Crashes)
{
    public override string ToString() => $"fuzz: {Cases} cases, {Crashes.Count} crashes ({Rejected} rejected, {Read} read)";
}

/// <summary>
/// Runs the fuzz target on generated cases without an instrumenting fuzzer: each case is a seed form with
/// one to three mutations drawn from a seeded generator, so the same count and seed replay the same cases.
/// </summary>
public static class Replay
{
    public static ReplayResult Run(IReadOnlyList<byte[]> seeds, TenderSelection selection, int count, int seed)
    {
        var random = new Random(seed);
        int read = 0, rejected = 0;
        var crashes = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var form = random.Next(seeds.Count);
            var mutations = RandomMutations.Next(random);
            var input = Mutation.ApplyAll(seeds[form], mutations);
            try
            {
                var result = FormTarget.Read(input, selection);
                if (result.Succeeded)
                {
                    read++;
                }
                else
                {
                    rejected++;
                }
            }
            catch (Exception e)
            {
                crashes.Add($"case {i}: seed form {form}, {Clip(string.Join(", ", mutations))}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
        }

        return new ReplayResult(count, read, rejected, crashes);
    }

    // A mutation can carry 70,000 characters; the report shows enough to rebuild the case from seed and number.
    private static string Clip(string text) => text.Length > 1000 ? text[..1000] + "..." : text;
}
