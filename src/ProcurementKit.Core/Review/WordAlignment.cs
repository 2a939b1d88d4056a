namespace ProcurementKit.Review;

/// <summary>
/// The edit script inside one paragraph, aligned the way a reader compares wording: it keeps as much of the
/// <em>words</em> as possible, not as many tokens. The plain shortest edit script counts a space or "und" as much
/// as "Wiederherstellung" and so would rather keep " und " and delete and re-insert the long word
/// ("und Wiederherstellung" → ", Wiederherstellung und Notbetrieb"). Here each kept token weighs by its letters
/// (spaces and punctuation weigh least), found by the longest-common-subsequence table over the tokens between
/// the common start and end. Beyond <see cref="MaxCells"/> table cells (paragraphs of thousands of words) the
/// linear-memory Myers script is used instead.
/// </summary>
internal static class WordAlignment
{
    public const long MaxCells = 2_000_000;

    public static List<(DiffOperation Op, string Token)> Script(string oldText, string newText)
    {
        var (a, b) = (WordTokenizer.Split(oldText), WordTokenizer.Split(newText));
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var (n, m) = (a.Count - prefix - suffix, b.Count - prefix - suffix);
        if ((long)(n + 1) * (m + 1) > MaxCells)
        {
            return TokenDiff.Script(oldText, newText, TokenChunker.Words);
        }

        var script = new List<(DiffOperation Op, string Token)>(a.Count + b.Count);
        script.AddRange(a.Take(prefix).Select(t => (DiffOperation.Equal, t)));
        script.AddRange(Middle([.. a.Skip(prefix).Take(n)], [.. b.Skip(prefix).Take(m)]));
        script.AddRange(a.Skip(a.Count - suffix).Select(t => (DiffOperation.Equal, t)));
        return script;
    }

    /// <summary>A kept word is worth ten per letter; a kept space or punctuation mark one, so it only breaks ties.</summary>
    private static int Weight(string token) => char.IsLetterOrDigit(token[0]) || token[0] == '{' ? 10 * token.Length : 1;

    private static List<(DiffOperation Op, string Token)> Middle(string[] a, string[] b)
    {
        var (n, m) = (a.Length, b.Length);
        // best[i, j]: the most weight keepable between a[i..] and b[j..].
        var best = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                var skip = Math.Max(best[i + 1, j], best[i, j + 1]);
                best[i, j] = a[i] == b[j] ? Math.Max(skip, best[i + 1, j + 1] + Weight(a[i])) : skip;
            }
        }

        // Walk forward; deletions of a change come before its insertions, as the rest of the diff expects.
        var (x, y) = (0, 0);
        var (deleted, inserted) = (new List<string>(), new List<string>());
        var result = new List<(DiffOperation Op, string Token)>();
        while (x < n || y < m)
        {
            if (x < n && y < m && a[x] == b[y] && best[x, y] == best[x + 1, y + 1] + Weight(a[x]))
            {
                Flush();
                result.Add((DiffOperation.Equal, a[x]));
                (x, y) = (x + 1, y + 1);
            }
            else if (x < n && (y == m || best[x + 1, y] >= best[x, y + 1]))
            {
                deleted.Add(a[x++]);
            }
            else
            {
                inserted.Add(b[y++]);
            }
        }

        Flush();
        return result;

        void Flush()
        {
            result.AddRange(deleted.Select(t => (DiffOperation.Delete, t)));
            result.AddRange(inserted.Select(t => (DiffOperation.Insert, t)));
            deleted.Clear();
            inserted.Clear();
        }
    }
}
