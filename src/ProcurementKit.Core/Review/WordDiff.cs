namespace ProcurementKit.Review;

/// <summary>
/// A word-level diff of two texts as a lawyer reads a redline: paragraphs (lines) are lined up first, a new
/// paragraph shows as one inserted paragraph, and inside a reworded paragraph a changed word shows as that one
/// word deleted and its replacement inserted. The result always reproduces both inputs exactly
/// (<see cref="DiffSegments.OldText"/>, <see cref="DiffSegments.NewText"/>).
/// </summary>
public static class WordDiff
{
    public static IReadOnlyList<DiffSegment> Compute(string oldText, string newText)
    {
        if (oldText == newText)
        {
            return oldText.Length == 0 ? [] : [new DiffSegment(DiffOperation.Equal, oldText)];
        }

        if (oldText.Length == 0 || newText.Length == 0)
        {
            return [oldText.Length == 0 ? new DiffSegment(DiffOperation.Insert, newText) : new DiffSegment(DiffOperation.Delete, oldText)];
        }

        if (!oldText.Contains('\n', StringComparison.Ordinal) && !newText.Contains('\n', StringComparison.Ordinal))
        {
            return TokenDiff.Compute(oldText, newText);
        }

        // Every line ends in '\n' while aligning; the extra one at the very end is taken off again below.
        var segments = LineAlignment.Align(oldText, newText);
        return Merge(TrimFinalBreak(segments));
    }

    private static List<DiffSegment> TrimFinalBreak(List<DiffSegment> segments)
    {
        var oldLast = segments.FindLastIndex(s => s.Operation != DiffOperation.Insert);
        var newLast = segments.FindLastIndex(s => s.Operation != DiffOperation.Delete);
        if (oldLast == newLast)
        {
            segments[oldLast] = Trimmed(segments[oldLast]);
            return segments;
        }

        // The sides end in different segments: each loses its own last break; a shared equal one keeps it for the other side.
        var (first, second) = oldLast < newLast ? (oldLast, newLast) : (newLast, oldLast);
        var other = segments[first].Operation == DiffOperation.Equal
            ? new DiffSegment(first == oldLast ? DiffOperation.Insert : DiffOperation.Delete, "\n")
            : (DiffSegment?)null;
        segments[second] = Trimmed(segments[second]);
        segments[first] = Trimmed(segments[first]);
        if (other is { } kept)
        {
            segments.Insert(first + 1, kept);
        }

        return segments;
    }

    private static DiffSegment Trimmed(DiffSegment segment) => segment with { Text = segment.Text[..^1] };

    private static List<DiffSegment> Merge(IEnumerable<DiffSegment> segments)
    {
        var merged = new List<DiffSegment>();
        foreach (var segment in segments.Where(s => s.Text.Length > 0))
        {
            if (merged.Count > 0 && merged[^1].Operation == segment.Operation)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + segment.Text };
            }
            else
            {
                merged.Add(segment);
            }
        }

        return merged;
    }
}
