namespace ProcurementKit.Review;

/// <summary>
/// A word-level diff of two texts: a changed word shows as that one word deleted and its replacement
/// inserted, not as a changed line. The result always reproduces both inputs exactly
/// (<see cref="DiffSegments.OldText"/>, <see cref="DiffSegments.NewText"/>).
/// </summary>
public static class WordDiff
{
    /// <summary>Above this many table cells the texts are shown as replaced whole rather than aligned word by word.</summary>
    private const long MaxCells = 16_000_000;

    public static IReadOnlyList<DiffSegment> Compute(string oldText, string newText)
    {
        if (oldText == newText)
        {
            return oldText.Length == 0 ? [] : [new DiffSegment(DiffOperation.Equal, oldText)];
        }

        var a = WordTokenizer.Split(oldText);
        var b = WordTokenizer.Split(newText);
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        var ops = new List<(DiffOperation Op, string Token)>();
        ops.AddRange(a.Take(prefix).Select(t => (DiffOperation.Equal, t)));
        ops.AddRange(Middle(a.Skip(prefix).Take(a.Count - prefix - suffix).ToArray(), b.Skip(prefix).Take(b.Count - prefix - suffix).ToArray()));
        ops.AddRange(a.Skip(a.Count - suffix).Select(t => (DiffOperation.Equal, t)));
        return DiffCleanup.Tidy(ops);
    }

    /// <summary>Longest common subsequence over tokens; deletions are emitted before insertions at each change.</summary>
    private static List<(DiffOperation, string)> Middle(string[] a, string[] b)
    {
        if ((long)(a.Length + 1) * (b.Length + 1) > MaxCells)
        {
            return [.. a.Select(t => (DiffOperation.Delete, t)), .. b.Select(t => (DiffOperation.Insert, t))];
        }

        // lcs[i, j] = length of the LCS of a[i..] and b[j..]; walking it forward yields the script in order.
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var result = new List<(DiffOperation, string)>(a.Length + b.Length);
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                result.Add((DiffOperation.Equal, a[x++]));
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                result.Add((DiffOperation.Delete, a[x++]));
            }
            else
            {
                result.Add((DiffOperation.Insert, b[y++]));
            }
        }

        result.AddRange(a.Skip(x).Select(t => (DiffOperation.Delete, t)));
        result.AddRange(b.Skip(y).Select(t => (DiffOperation.Insert, t)));
        return result;
    }
}
