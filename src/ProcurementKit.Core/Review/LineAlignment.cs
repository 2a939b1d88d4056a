namespace ProcurementKit.Review;

/// <summary>
/// Lines up the paragraphs of two texts: equal lines by a line diff, then, inside each
/// changed stretch, old and new lines that are mostly the same words as rewordings of each other (diffed word
/// by word); the rest are whole deleted or inserted paragraphs.
/// </summary>
internal static class LineAlignment
{
    /// <summary>A pair below this share of common words counts as a new paragraph rather than a rewording.</summary>
    private const double MinSimilarity = 0.5;

    /// <summary>
    /// Most cells <see cref="Pair"/> may tabulate for one changed stretch. Its two tables grow with removed × added
    /// lines, and a catalog is uploaded input: without a bound, two rewritten 50,000-line texts would need about
    /// 40 GB. 100,000 cells (about 800 KB per table) covers any real rewording of a clause many times over.
    /// </summary>
    private const long MaxPairCells = 100_000;

    /// <summary>Aligns the lines of two non-empty texts (split at '\n'; each segment's line ends in '\n').</summary>
    public static List<DiffSegment> Align(string oldText, string newText)
    {
        var segments = new List<DiffSegment>();
        var removed = new List<string>();
        var added = new List<string>();
        foreach (var (op, line) in TokenDiff.Script(oldText, newText, TokenChunker.Lines))
        {
            if (op == DiffOperation.Equal)
            {
                Flush(removed, added, segments);
                segments.Add(new DiffSegment(DiffOperation.Equal, line + "\n"));
            }
            else
            {
                (op == DiffOperation.Delete ? removed : added).Add(line);
            }
        }

        Flush(removed, added, segments);
        return segments;
    }

    private static void Flush(List<string> removed, List<string> added, List<DiffSegment> segments)
    {
        var pairs = Pair(removed, added);
        int i = 0, j = 0;
        foreach (var (oldIndex, newIndex) in pairs.Append((removed.Count, added.Count)))
        {
            segments.AddRange(removed.Skip(i).Take(oldIndex - i).Select(l => new DiffSegment(DiffOperation.Delete, l + "\n")));
            segments.AddRange(added.Skip(j).Take(newIndex - j).Select(l => new DiffSegment(DiffOperation.Insert, l + "\n")));
            if (oldIndex < removed.Count && newIndex < added.Count)
            {
                segments.AddRange(TokenDiff.Compute(removed[oldIndex], added[newIndex]));
                segments.Add(new DiffSegment(DiffOperation.Equal, "\n"));
            }

            (i, j) = (oldIndex + 1, newIndex + 1);
        }

        removed.Clear();
        added.Clear();
    }

    /// <summary>The order-keeping pairing of old and new lines with the greatest total similarity.</summary>
    private static List<(int Old, int New)> Pair(List<string> removed, List<string> added)
    {
        if (removed.Count == 1 && added.Count == 1)
        {
            return [(0, 0)];
        }

        if ((long)removed.Count * added.Count > MaxPairCells)
        {
            return PairInPlace(removed, added);
        }

        var similarity = new double[removed.Count, added.Count];
        for (var i = 0; i < removed.Count; i++)
        {
            for (var j = 0; j < added.Count; j++)
            {
                similarity[i, j] = Similarity(removed[i], added[j]);
            }
        }

        var best = new double[removed.Count + 1, added.Count + 1];
        for (var i = removed.Count - 1; i >= 0; i--)
        {
            for (var j = added.Count - 1; j >= 0; j--)
            {
                var pair = similarity[i, j] >= MinSimilarity ? similarity[i, j] + best[i + 1, j + 1] : 0;
                best[i, j] = Math.Max(pair, Math.Max(best[i + 1, j], best[i, j + 1]));
            }
        }

        var pairs = new List<(int, int)>();
        int x = 0, y = 0;
        while (x < removed.Count && y < added.Count)
        {
            if (similarity[x, y] >= MinSimilarity && best[x, y] == similarity[x, y] + best[x + 1, y + 1])
            {
                pairs.Add((x++, y++));
            }
            else if (best[x, y] == best[x + 1, y])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return pairs;
    }

    /// <summary>
    /// The cheap fallback for a stretch too large to tabulate: the k-th removed line pairs with the k-th added one
    /// when they are similar enough; every other line is a whole deleted or inserted paragraph.
    /// </summary>
    private static List<(int Old, int New)> PairInPlace(List<string> removed, List<string> added) =>
        [.. Enumerable.Range(0, Math.Min(removed.Count, added.Count))
            .Where(k => Similarity(removed[k], added[k]) >= MinSimilarity)
            .Select(k => (k, k))];

    /// <summary>Share of words two lines have in common (Dice coefficient over word tokens, spaces ignored).</summary>
    private static double Similarity(string a, string b)
    {
        var script = TokenDiff.Script(a, b, TokenChunker.WordsOnly);
        if (script.Count == 0)
        {
            return 1;
        }

        // Each common word appears once in the script but counts on both sides.
        var common = script.Count(o => o.Op == DiffOperation.Equal);
        return 2.0 * common / (script.Count + common);
    }
}
