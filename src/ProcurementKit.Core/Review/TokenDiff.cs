using DiffPlex;

namespace ProcurementKit.Review;

/// <summary>
/// Edit scripts between two texts' tokens. Lines (and the word similarity that pairs them) use DiffPlex (Myers'
/// diff: linear memory, time growing with the number of changes); the words inside one line, or one pair of
/// matching lines, are aligned by <see cref="WordAlignment"/>, which keeps long words rather than short ones;
/// <see cref="DiffCleanup"/> tidies the result (see <see cref="WordDiff"/>).
/// </summary>
internal static class TokenDiff
{
    public static IReadOnlyList<DiffSegment> Compute(string oldText, string newText)
    {
        if (oldText == newText)
        {
            return oldText.Length == 0 ? [] : [new DiffSegment(DiffOperation.Equal, oldText)];
        }

        return DiffCleanup.Tidy(WordAlignment.Script(oldText, newText));
    }

    /// <summary>The edit script over the pieces <paramref name="chunker"/> makes; deletions come before insertions at each change.</summary>
    public static List<(DiffOperation Op, string Token)> Script(string oldText, string newText, IChunker chunker)
    {
        var diff = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, chunker);
        var (a, b) = (diff.PiecesOld, diff.PiecesNew);
        var result = new List<(DiffOperation Op, string Token)>(a.Count + b.Count);
        var x = 0;
        foreach (var block in diff.DiffBlocks)
        {
            for (; x < block.DeleteStartA; x++)
            {
                result.Add((DiffOperation.Equal, a[x]));
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                result.Add((DiffOperation.Delete, a[x++]));
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                result.Add((DiffOperation.Insert, b[block.InsertStartB + i]));
            }
        }

        for (; x < a.Count; x++)
        {
            result.Add((DiffOperation.Equal, a[x]));
        }

        return result;
    }
}
