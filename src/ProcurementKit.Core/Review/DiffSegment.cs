namespace ProcurementKit.Review;

/// <summary>What happened to a piece of text between the old and the new version.</summary>
public enum DiffOperation
{
    Equal,
    Delete,
    Insert,
}

/// <summary>A run of text that is kept, deleted from the old version, or inserted in the new one.</summary>
public readonly record struct DiffSegment(DiffOperation Operation, string Text)
{
    public bool IsChange => Operation != DiffOperation.Equal;
}

/// <summary>Reads either version back out of a diff; accepting all changes gives the new text, rejecting them the old.</summary>
public static class DiffSegments
{
    public static string OldText(this IEnumerable<DiffSegment> segments) =>
        string.Concat(segments.Where(s => s.Operation != DiffOperation.Insert).Select(s => s.Text));

    public static string NewText(this IEnumerable<DiffSegment> segments) =>
        string.Concat(segments.Where(s => s.Operation != DiffOperation.Delete).Select(s => s.Text));

    public static bool HasChanges(this IEnumerable<DiffSegment> segments) => segments.Any(s => s.IsChange);
}
