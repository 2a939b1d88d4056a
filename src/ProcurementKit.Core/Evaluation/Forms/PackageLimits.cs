namespace ProcurementKit.Evaluation.Forms;

/// <summary>
/// What a returned workbook may be before it is opened. A filled response form of a few hundred
/// requirements is well below 1 MB and its XML compresses about ten- to thirtyfold; the limits leave
/// ample room for long explanations while stopping zip bombs before any XML parser sees them.
/// </summary>
public sealed record PackageLimits(long MaxFileBytes, int MaxEntries, long MaxEntryBytes, long MaxTotalBytes, int MaxRatio)
{
    public static PackageLimits Default { get; } = new(
        MaxFileBytes: 20L * 1024 * 1024,
        MaxEntries: 500,
        MaxEntryBytes: 50L * 1024 * 1024,
        MaxTotalBytes: 100L * 1024 * 1024,
        MaxRatio: 200);

    /// <summary>Entries smaller than this are not judged by their compression ratio; small XML compresses well and harms no one.</summary>
    public const long RatioThresholdBytes = 1024 * 1024;
}
