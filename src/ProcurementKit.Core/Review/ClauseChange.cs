using ProcurementKit.Catalog;

namespace ProcurementKit.Review;

/// <summary>Whether a clause is new, gone, or present in both releases with different content.</summary>
public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>What happened to one clause between two catalog releases.</summary>
public sealed record ClauseChange(string Id, ChangeKind Kind, Clause? Old, Clause? New, IReadOnlyList<FieldChange> Fields)
{
    /// <summary>The clause as it is now, or as it was when it was removed.</summary>
    public Clause Current => New ?? Old!;

    public bool StatusChanged => Kind == ChangeKind.Changed && Old!.Status != New!.Status;

    public bool ObligationChanged => Fields.Any(f => f.Kind == FieldKind.Obligation);

    public bool Moved => Kind == ChangeKind.Changed && Old!.Topic != New!.Topic;

    public bool Retired => Kind == ChangeKind.Changed && New!.Status == ClauseStatus.Retired && Old!.Status != ClauseStatus.Retired;

    public bool TextChanged => Fields.Any(f => f.Kind == FieldKind.Text);

    /// <summary>
    /// The meaning changed (anything but status, approval and version) while the version number did not rise:
    /// the catalog format asks for a new version on every change of meaning.
    /// </summary>
    public bool VersionNotRaised =>
        Kind == ChangeKind.Changed
        && Fields.Any(f => f.Kind is not (FieldKind.Status or FieldKind.Approval) && f.Key != "version")
        && New!.Version <= Old!.Version;

    public FieldChange? Field(string key) => Fields.FirstOrDefault(f => f.Key == key);

    /// <summary>The stable flag names a tool can filter on (<c>diff --json</c>) and the console shows.</summary>
    public IReadOnlyList<string> Flags =>
    [
        .. StatusChanged ? ["status"] : Array.Empty<string>(),
        .. Retired ? ["retired"] : Array.Empty<string>(),
        .. ObligationChanged ? ["obligation"] : Array.Empty<string>(),
        .. Moved ? ["moved"] : Array.Empty<string>(),
        .. TextChanged ? ["text"] : Array.Empty<string>(),
        .. VersionNotRaised ? ["version-not-raised"] : Array.Empty<string>(),
    ];
}
