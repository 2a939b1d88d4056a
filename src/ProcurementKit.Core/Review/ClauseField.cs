namespace ProcurementKit.Review;

/// <summary>What a field of a clause is about; decides how a change to it is counted and shown.</summary>
public enum FieldKind
{
    Metadata,
    Status,
    Approval,
    Topic,
    Obligation,
    Parameter,
    Text,
}

/// <summary>One field of a clause as comparable text, e.g. <c>obligation.high = B3</c> or <c>text.de = ...</c>.</summary>
public sealed record ClauseField(string Key, FieldKind Kind, string Value);

/// <summary>A field whose value differs between two versions of a clause; null means the field is absent on that side.</summary>
public sealed record FieldChange(string Key, FieldKind Kind, string? Old, string? New)
{
    /// <summary>The change word by word, for text a reviewer reads.</summary>
    public IReadOnlyList<DiffSegment> Words() => WordDiff.Compute(Old ?? string.Empty, New ?? string.Empty);
}
