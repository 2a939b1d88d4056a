using System.Collections.Concurrent;
using ProcurementKit.Catalog;

namespace ProcurementKit.Workflow;

/// <summary>
/// Loaded catalogs shared by content hash, for a long-running host: every request names a catalog by its files,
/// and the same files (the same hash) are parsed once. Holds at most <c>capacity</c> catalogs; the oldest goes first.
/// </summary>
public sealed class CatalogCache(int capacity = 4)
{
    private readonly ConcurrentDictionary<string, Lazy<CatalogLoadResult>> _loaded = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public int Count => _loaded.Count;

    /// <summary>The catalog these files make, parsed on first use; hashing the files is far cheaper than parsing them.</summary>
    public CatalogLoadResult Load(CatalogSource source)
    {
        var hash = CatalogLoader.Hash(source);
        var entry = _loaded.GetOrAdd(hash, key =>
        {
            _order.Enqueue(key);
            return new Lazy<CatalogLoadResult>(() => CatalogLoader.Load(source), LazyThreadSafetyMode.ExecutionAndPublication);
        });
        while (_loaded.Count > capacity && _order.TryDequeue(out var oldest))
        {
            _loaded.TryRemove(oldest, out _);
        }

        return entry.Value;
    }
}
