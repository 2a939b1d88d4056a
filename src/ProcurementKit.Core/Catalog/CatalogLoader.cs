using ProcurementKit.Catalog.Yaml;
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

        // One pass in path order reads each file once, for the hash and, for a clause, the parser; a source
        // that reads files on demand (CatalogFile) then never holds all texts at once.
        using var hash = new CatalogHash();
        var strings = new YamlStrings();
        var parsed = new List<ParsedClause>();
        foreach (var file in source.Files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            var content = file.Content;
            hash.Add(file.RelativePath, content);
            if (IsClause(file.RelativePath) && ClauseParser.Parse(file.RelativePath, content, source.DisplayPath(file.RelativePath), vocabulary, diagnostics, strings) is { } clause)
            {
                parsed.Add(clause);
            }
        }

        var unique = RemoveDuplicates(parsed, diagnostics);
        CheckReplaces(unique, diagnostics);
        DeadlineOwnership.Check(unique, diagnostics);

        var topicOrder = vocabulary.Topics.ToDictionary(t => t.Id, t => t.Order);
        var clauses = unique
            .Select(p => p.Clause)
            .OrderBy(c => topicOrder.GetValueOrDefault(c.Topic, int.MaxValue))
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();

        var catalog = new RequirementsCatalog(
            vocabulary.Info, vocabulary.Categories, vocabulary.Topics, vocabulary.ContextKeys, vocabulary.Standards, clauses, hash.Finish())
        {
            Events = vocabulary.Events,
            Scale = vocabulary.Scale,
        };
        return new CatalogLoadResult(catalog, diagnostics.Sorted());
    }

    /// <summary>
    /// The content hash annexes and forms cite: SHA-256 over every file's relative path and text
    /// (line endings normalised), in path order, so the same release gives the same hash on every machine.
    /// </summary>
    public static string Hash(CatalogSource source)
    {
        using var hash = new CatalogHash();
        foreach (var file in source.Files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            hash.Add(file.RelativePath, file.Content);
        }

        return hash.Finish();
    }

    private static bool IsClause(string relativePath) =>
        relativePath.StartsWith("clauses/", StringComparison.Ordinal) && relativePath.EndsWith(".md", StringComparison.Ordinal);

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
