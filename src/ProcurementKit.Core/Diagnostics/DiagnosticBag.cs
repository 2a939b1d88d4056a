namespace ProcurementKit.Diagnostics;

/// <summary>Collects diagnostics while a file or catalog is read.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Diagnostics in file, line, column order so output is stable.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items
            .OrderBy(d => d.Position.File, StringComparer.Ordinal)
            .ThenBy(d => d.Position.Line)
            .ThenBy(d => d.Position.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
}
