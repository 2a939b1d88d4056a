namespace ProcurementKit.Review;

/// <summary>
/// Lines up the paragraphs of two texts: equal lines by their longest common subsequence, then, inside each
/// changed stretch, old and new lines that are mostly the same words as rewordings of each other (diffed word
/// by word); the rest are whole deleted or inserted paragraphs.
/// </summary>
internal static class LineAlignment
{
    /// <summary>A pair below this share of common words counts as a new paragraph rather than a rewording.</summary>
    private const double MinSimilarity = 0.5;

    public static List<DiffSegment> Align(IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines)
    {
        var segments = new List<DiffSegment>();
        var removed = new List<string>();
        var added = new List<string>();
        foreach (var (op, line) in TokenDiff.Lcs(oldLines, newLines))
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

    /// <summary>Share of words two lines have in common (Dice coefficient over word tokens, spaces ignored).</summary>
    private static double Similarity(string a, string b)
    {
        var left = WordTokenizer.Split(a).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        var right = WordTokenizer.Split(b).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        if (left.Count + right.Count == 0)
        {
            return 1;
        }

        var common = TokenDiff.Lcs(left, right).Count(o => o.Op == DiffOperation.Equal);
        return 2.0 * common / (left.Count + right.Count);
    }
}
