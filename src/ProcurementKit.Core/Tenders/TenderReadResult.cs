using ProcurementKit.Diagnostics;

namespace ProcurementKit.Tenders;

/// <summary>A tender or the problems (PK03xx, each naming its key) that kept it from being read.</summary>
public sealed record TenderReadResult(Tender? Tender, IReadOnlyList<Diagnostic> Errors)
{
    public bool Succeeded => Tender is not null && Errors.Count == 0;
}
