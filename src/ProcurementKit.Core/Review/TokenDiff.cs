namespace ProcurementKit.Review;

/// <summary>
/// The longest common subsequence of two texts' word tokens, tidied by <see cref="DiffCleanup"/>. Used for one
/// line, or one pair of matching lines, at a time (see <see cref="WordDiff"/>).
/// </summary>
internal static class TokenDiff
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
        ops.AddRange(Lcs(a.Skip(prefix).Take(a.Count - prefix - suffix).ToArray(), b.Skip(prefix).Take(b.Count - prefix - suffix).ToArray()));
        ops.AddRange(a.Skip(a.Count - suffix).Select(t => (DiffOperation.Equal, t)));
        return DiffCleanup.Tidy(ops);
    }

    /// <summary>Longest common subsequence over tokens (or lines); deletions are emitted before insertions at each change.</summary>
    public static List<(DiffOperation Op, string Token)> Lcs(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if ((long)(a.Count + 1) * (b.Count + 1) > MaxCells)
        {
            return [.. a.Select(t => (DiffOperation.Delete, t)), .. b.Select(t => (DiffOperation.Insert, t))];
        }

        // lcs[i, j] = length of the LCS of a[i..] and b[j..]; walking it forward yields the script in order.
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var result = new List<(DiffOperation Op, string Token)>(a.Count + b.Count);
        int x = 0, y = 0;
        while (x < a.Count && y < b.Count)
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
