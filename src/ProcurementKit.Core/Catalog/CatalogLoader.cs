using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Catalog;

/// <summary>The loaded catalog and every problem found on the way; the catalog is usable when there are no errors.</summary>
public sealed record CatalogLoadResult(RequirementsCatalog Catalog, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}

/// <summary>Parses and checks a whole catalog: the header files, every clause, and the rules across clauses.</summary>
public static class CatalogLoader
{
    public static CatalogLoadResult Load(CatalogSource source)
    {
        var diagnostics = new DiagnosticBag();
        var vocabulary = VocabularyReader.Read(source, diagnostics);
        var parsed = source.Files
            .Where(f => f.RelativePath.StartsWith("clauses/", StringComparison.Ordinal) && f.RelativePath.EndsWith(".md", StringComparison.Ordinal))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .Select(f => ClauseParser.Parse(f, source.DisplayPath(f.RelativePath), vocabulary, diagnostics))
            .OfType<ParsedClause>()
            .ToList();

        var unique = RemoveDuplicates(parsed, diagnostics);
        CheckReplaces(unique, diagnostics);

        var topicOrder = vocabulary.Topics.ToDictionary(t => t.Id, t => t.Order);
        var clauses = unique
            .Select(p => p.Clause)
            .OrderBy(c => topicOrder.GetValueOrDefault(c.Topic, int.MaxValue))
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();

        var catalog = new RequirementsCatalog(
            vocabulary.Info, vocabulary.Categories, vocabulary.Topics, vocabulary.ContextKeys, vocabulary.Standards, clauses, Hash(source));
        return new CatalogLoadResult(catalog, diagnostics.Sorted());
    }

    /// <summary>
    /// The content hash annexes and forms cite: SHA-256 over every file's relative path and text
    /// (line endings normalised), in path order, so the same release gives the same hash on every machine.
    /// </summary>
    public static string Hash(CatalogSource source)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in source.Files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            AppendWithNul(sha, file.RelativePath);
            AppendWithNul(sha, file.Content.Replace("\r\n", "\n", StringComparison.Ordinal));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>Hashes UTF-8(text + "\0") without building that string: a large catalog would copy every file twice.</summary>
    private static void AppendWithNul(IncrementalHash sha, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length) + 1);
        var length = Encoding.UTF8.GetBytes(text, buffer);
        buffer[length] = 0;
        sha.AppendData(buffer, 0, length + 1);
        ArrayPool<byte>.Shared.Return(buffer);
    }

    private static List<ParsedClause> RemoveDuplicates(List<ParsedClause> parsed, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, ParsedClause>(StringComparer.Ordinal);
        var unique = new List<ParsedClause>();
        foreach (var clause in parsed.Where(p => p.Clause.Id.Length > 0))
        {
            if (seen.TryGetValue(clause.Clause.Id, out var first))
            {
                diagnostics.Add(CatalogDiagnostics.DuplicateId(clause.IdAt, "clause", clause.Clause.Id, first.IdAt));
                continue;
            }

            seen[clause.Clause.Id] = clause;
            unique.Add(clause);
        }

        return unique;
    }

    private static void CheckReplaces(List<ParsedClause> clauses, DiagnosticBag diagnostics)
    {
        var byId = clauses.ToDictionary(c => c.Clause.Id, StringComparer.Ordinal);
        foreach (var parsed in clauses.Where(c => c.Clause.Replaces is not null))
        {
            var target = parsed.Clause.Replaces!;
            if (!byId.ContainsKey(target))
            {
                diagnostics.Add(CatalogDiagnostics.ReplacesUnknown(parsed.ReplacesAt, target, byId.Keys));
            }
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in clauses)
        {
            var path = new List<string> { start.Clause.Id };
            var current = start.Clause;
            while (current.Replaces is { } next && byId.TryGetValue(next, out var nextClause))
            {
                if (next == start.Clause.Id)
                {
                    path.Add(next);
                    var key = string.Join(">", path.Skip(1).Order(StringComparer.Ordinal));
                    if (reported.Add(key))
                    {
                        diagnostics.Add(CatalogDiagnostics.ReplacesCycle(start.ReplacesAt, string.Join(" -> ", path)));
                    }

                    break;
                }

                if (path.Contains(next))
                {
                    break;
                }

                path.Add(next);
                current = nextClause.Clause;
            }
        }
    }
}
