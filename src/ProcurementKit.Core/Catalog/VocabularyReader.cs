using System.Globalization;
using ProcurementKit.Catalog.Yaml;
using ProcurementKit.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ProcurementKit.Catalog;

/// <summary>Reads the catalog's header files: catalog.yaml, categories.yaml, topics.yaml, standards/*.yaml.</summary>
internal static class VocabularyReader
{
    public static Vocabulary Read(CatalogSource source, DiagnosticBag diagnostics)
    {
        var info = ReadInfo(source, diagnostics, out var contextKeys, out var events, out var scale);
        var categories = ReadList(source, "categories.yaml", diagnostics, "category", ReadCategory);
        var topics = ReadList(source, "topics.yaml", diagnostics, "topic", ReadTopic)
            .Select((t, i) => t with { Order = i + 1 }).ToList();
        var standards = source.Files
            .Where(f => f.RelativePath.StartsWith("standards/", StringComparison.Ordinal) && IsYaml(f.RelativePath))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .Select(f => ReadStandard(source, f, diagnostics))
            .OfType<RegisteredStandard>()
            .ToList();
        return new Vocabulary(info, categories, topics, contextKeys, standards) { Events = events, Scale = scale };
    }

    private static bool IsYaml(string path) => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal);

    private static CatalogInfo ReadInfo(
        CatalogSource source, DiagnosticBag diagnostics, out IReadOnlyList<ContextKey> contextKeys, out IReadOnlyList<DeadlineEvent> events, out ScoringScale scale)
    {
        contextKeys = [];
        events = [];
        scale = ScoringScale.Default;
        var path = source.DisplayPath("catalog.yaml");
        var file = source.Find("catalog.yaml");
        if (file is null)
        {
            diagnostics.Add(CatalogDiagnostics.UnreadableFile(SourcePosition.InFile(path), "catalog.yaml is missing; it names the catalog, its version and publisher"));
            return new CatalogInfo(LocalizedText.Same("(unnamed catalog)"), "0", string.Empty);
        }

        if (Root(file, path, diagnostics) is not { } map)
        {
            return new CatalogInfo(LocalizedText.Same("(unnamed catalog)"), "0", string.Empty);
        }

        map.WarnUnknownKeys(["name", "name-en", "version", "released-on", "publisher", "language", "context", "events", "scoring-scale"]);
        var name = map.String("name", required: true) ?? "(unnamed catalog)";
        var nameEn = map.String("name-en") ?? string.Empty;
        var version = map.String("version", required: true) ?? "0";
        var publisher = map.String("publisher", required: true) ?? string.Empty;
        if (map.Map("context") is { } context)
        {
            contextKeys = [.. context.Entries().Select(e => new ContextKey(e.Key, context.Localized(e.Key) ?? LocalizedText.Empty))];
        }

        if (map.Map("events") is { } declared)
        {
            events = [.. declared.Entries().Select(e => new DeadlineEvent(e.Key, declared.Localized(e.Key) ?? LocalizedText.Same(e.Key)))];
        }

        scale = ScoringScaleReader.Read(map, diagnostics);
        return new CatalogInfo(new LocalizedText(name, nameEn), version, publisher) { ReleasedOn = ReleaseDate(map, diagnostics) };
    }

    private static string? ReleaseDate(YamlMap map, DiagnosticBag diagnostics)
    {
        var text = map.String("released-on");
        if (text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            diagnostics.Add(CatalogDiagnostics.InvalidValue(map.ValuePosition("released-on"), "released-on", text, "an ISO date such as 2026-12-01"));
            return null;
        }

        return text;
    }

    private static List<T> ReadList<T>(
        CatalogSource source, string name, DiagnosticBag diagnostics, string kind, Func<YamlMap, T?> read)
        where T : class
    {
        var path = source.DisplayPath(name);
        var file = source.Find(name);
        if (file is null)
        {
            diagnostics.Add(CatalogDiagnostics.UnreadableFile(SourcePosition.InFile(path), $"{name} is missing"));
            return [];
        }

        var root = YamlText.Parse(file.Content, path, 0, diagnostics);
        if (root is not YamlSequenceNode sequence)
        {
            if (root is not null)
            {
                diagnostics.Add(CatalogDiagnostics.InvalidValue(new SourcePosition(path, 1, 1), name, "not a list", $"a list of {kind} entries"));
            }

            return [];
        }

        var holder = new YamlMap(new YamlMappingNode(), path, 0, diagnostics, new YamlStrings());
        var result = new List<T>();
        var seen = new Dictionary<string, SourcePosition>();
        foreach (var map in holder.Maps(sequence, kind))
        {
            var id = map.String("id", required: true);
            if (id is not null && !seen.TryAdd(id, map.PositionOf("id")))
            {
                diagnostics.Add(CatalogDiagnostics.DuplicateId(map.PositionOf("id"), kind, id, seen[id]));
                continue;
            }

            if (read(map) is { } item)
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static Category? ReadCategory(YamlMap map)
    {
        map.WarnUnknownKeys(["id", "de", "en", "description"]);
        var id = map.String("id");
        var de = map.String("de", required: true);
        var en = map.String("en") ?? de;
        return id is null || de is null
            ? null
            : new Category(id, new LocalizedText(de, en!), map.Localized("description") ?? LocalizedText.Empty);
    }

    private static Topic? ReadTopic(YamlMap map)
    {
        map.WarnUnknownKeys(["id", "prefix", "de", "en"]);
        var id = map.String("id");
        var prefix = map.String("prefix", required: true);
        var de = map.String("de", required: true);
        var en = map.String("en") ?? de;
        return id is null || prefix is null || de is null ? null : new Topic(id, prefix, new LocalizedText(de, en!), 0);
    }

    private static RegisteredStandard? ReadStandard(CatalogSource source, CatalogFile file, DiagnosticBag diagnostics)
    {
        var path = source.DisplayPath(file.RelativePath);
        if (Root(file, path, diagnostics) is not { } map)
        {
            return null;
        }

        map.WarnUnknownKeys(["standard", "title", "items", "oscal"]);
        var name = map.String("standard", required: true);
        if (name is null)
        {
            return null;
        }

        if (map.String("oscal") is { } oscal)
        {
            return OscalStandardReader.Read(source, map, name, oscal, diagnostics);
        }

        if (!Reference.KnownStandards.Contains(name))
        {
            diagnostics.Add(CatalogDiagnostics.UnknownStandard(map.ValuePosition("standard"), name, Reference.KnownStandards));
        }

        var items = new List<StandardItem>();
        var seen = new Dictionary<string, SourcePosition>();
        foreach (var item in map.MapList("items"))
        {
            var id = item.String("id", required: true);
            if (id is null)
            {
                continue;
            }

            if (!seen.TryAdd(id, item.PositionOf("id")))
            {
                diagnostics.Add(CatalogDiagnostics.DuplicateId(item.PositionOf("id"), "standard item", id, seen[id]));
                continue;
            }

            var title = new LocalizedText(item.String("de") ?? id, item.String("en") ?? string.Empty);
            items.Add(new StandardItem(id, title, item.String("group") ?? string.Empty)
            {
                Level = item.String("level") ?? string.Empty,
                Reported = item.String("report") == "true",
                OutsideTenders = item.String("outside-tenders"),
            });
        }

        return new RegisteredStandard(name, map.Localized("title") ?? LocalizedText.Same(name), items);
    }

    private static YamlMap? Root(CatalogFile file, string path, DiagnosticBag diagnostics)
    {
        var root = YamlText.Parse(file.Content, path, 0, diagnostics);
        if (root is YamlMappingNode mapping)
        {
            // The header files are small: their values need no sharing across files.
            return new YamlMap(mapping, path, 0, diagnostics, new YamlStrings());
        }

        if (root is not null)
        {
            diagnostics.Add(CatalogDiagnostics.InvalidValue(new SourcePosition(path, 1, 1), file.RelativePath, "not a mapping", "key: value pairs"));
        }

        return null;
    }
}
