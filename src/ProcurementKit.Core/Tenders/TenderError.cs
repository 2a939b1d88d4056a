namespace ProcurementKit.Tenders;

/// <summary>A problem in a tender file: the key path (e.g. lots:0:categories:1) and what is wrong.</summary>
public sealed record TenderError(string File, string Key, string Message)
{
    public override string ToString() =>
        Key.Length == 0 ? $"{File}: error PK0300: {Message}" : $"{File}: error PK0300: '{Key}': {Message}";
}

/// <summary>A tender or the problems that kept it from being read.</summary>
public sealed record TenderReadResult(Tender? Tender, IReadOnlyList<TenderError> Errors)
{
    public bool Succeeded => Tender is not null && Errors.Count == 0;
}
