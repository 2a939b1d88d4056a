using System.Text;

namespace ProcurementKit.Review;

/// <summary>
/// Turns a token edit script into segments a reader can follow: neighbouring changes are merged, and a
/// short stretch of kept text between two larger changes ("der", a space, a comma) is folded into them, so a
/// rewritten phrase reads as one deletion and one insertion instead of a comb of fragments.
/// </summary>
internal static class DiffCleanup
{
    public static IReadOnlyList<DiffSegment> Tidy(IEnumerable<(DiffOperation Op, string Token)> ops)
    {
        var regions = Group(ops);
        while (FoldOneEquality(regions))
        {
        }

        var segments = new List<DiffSegment>();
        foreach (var region in regions)
        {
            if (region.Equal is { } equal)
            {
                segments.Add(new DiffSegment(DiffOperation.Equal, equal));
                continue;
            }

            if (region.Deleted.Length > 0)
            {
                segments.Add(new DiffSegment(DiffOperation.Delete, region.Deleted.ToString()));
            }

            if (region.Inserted.Length > 0)
            {
                segments.Add(new DiffSegment(DiffOperation.Insert, region.Inserted.ToString()));
            }
        }

        return segments;
    }

    private static List<Region> Group(IEnumerable<(DiffOperation Op, string Token)> ops)
    {
        var regions = new List<Region>();
        foreach (var (op, token) in ops)
        {
            var last = regions.Count > 0 ? regions[^1] : null;
            if (op == DiffOperation.Equal)
            {
                if (last?.Equal is not null)
                {
                    last.Equal += token;
                }
                else
                {
                    regions.Add(new Region { Equal = token });
                }

                continue;
            }

            if (last is null || last.Equal is not null)
            {
                last = new Region();
                regions.Add(last);
            }

            (op == DiffOperation.Delete ? last.Deleted : last.Inserted).Append(token);
        }

        return regions;
    }

    /// <summary>
    /// The rule of diff-match-patch's semantic cleanup: an equality no longer than the larger side of the change
    /// on each of its sides is noise. Line breaks are never folded, so paragraphs stay aligned.
    /// </summary>
    private static bool FoldOneEquality(List<Region> regions)
    {
        for (var i = 1; i < regions.Count - 1; i++)
        {
            var (before, middle, after) = (regions[i - 1], regions[i], regions[i + 1]);
            if (middle.Equal is not { } equal || before.Equal is not null || after.Equal is not null || equal.Contains('\n', StringComparison.Ordinal))
            {
                continue;
            }

            if (equal.Length > before.Size || equal.Length > after.Size)
            {
                continue;
            }

            before.Deleted.Append(equal).Append(after.Deleted);
            before.Inserted.Append(equal).Append(after.Inserted);
            regions.RemoveRange(i, 2);
            return true;
        }

        return false;
    }

    private sealed class Region
    {
        public string? Equal { get; set; }

        public StringBuilder Deleted { get; } = new();

        public StringBuilder Inserted { get; } = new();

        public int Size => Math.Max(Deleted.Length, Inserted.Length);
    }
}
