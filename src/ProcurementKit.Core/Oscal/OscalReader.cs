using System.Text.Json;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Oscal;

/// <summary>An OSCAL document read, or the problems (each with its JSON path) that kept it from being read.</summary>
public sealed record OscalReadResult<T>(T? Value, IReadOnlyList<Diagnostic> Problems)
    where T : class
{
    public bool Succeeded => Value is not null && !Problems.Any(p => p.IsError);
}

/// <summary>
/// Reads OSCAL catalogs (any: the BSI's Grundschutz++ and Supply Chain Security, NIST's, ProcurementKit's own) and
/// mapping collections from JSON. Only what coverage and the round trip need is taken; the rest is skipped.
/// </summary>
public static class OscalReader
{
    public static OscalReadResult<OscalCatalog> ReadCatalog(Stream json, string file)
    {
        var problems = new List<Diagnostic>();
        using var document = OscalJsonReader.Parse(json, file, problems);
        if (document is null || Root(document, "catalog", file, problems) is not { } root)
        {
            return new(null, problems);
        }

        var reader = new OscalJsonReader(file, problems);
        const string path = "$.catalog";
        var uuid = reader.String(root, "uuid", path, required: true) ?? string.Empty;
        var metadata = reader.Object(root, "metadata", path, required: true);
        var title = metadata is { } m ? reader.String(m, "title", path + ".metadata", required: true) ?? string.Empty : string.Empty;
        var version = metadata is { } v ? reader.String(v, "version", path + ".metadata") ?? string.Empty : string.Empty;
        var oscalVersion = metadata is { } o ? reader.String(o, "oscal-version", path + ".metadata") ?? string.Empty : string.Empty;
        var props = metadata is { } p ? reader.Props(p, path + ".metadata") : [];

        var controls = new List<OscalControl>();
        new OscalControlReader(reader, controls).ReadContainer(root, path, []);
        CheckUnique(controls, file, problems);
        var resources = ReadResources(reader, root, path);
        return problems.Any(d => d.IsError)
            ? new(null, problems)
            : new(new OscalCatalog(file, uuid, title, version, oscalVersion, props, controls, resources), problems);
    }

    public static OscalReadResult<OscalMapping> ReadMapping(Stream json, string file)
    {
        var problems = new List<Diagnostic>();
        using var document = OscalJsonReader.Parse(json, file, problems);
        if (document is null || Root(document, "mapping-collection", file, problems) is not { } root)
        {
            return new(null, problems);
        }

        var reader = new OscalJsonReader(file, problems);
        const string path = "$.mapping-collection";
        var title = reader.Object(root, "metadata", path, required: true) is { } metadata
            ? reader.String(metadata, "title", path + ".metadata", required: true) ?? string.Empty
            : string.Empty;
        var entries = new List<OscalMapEntry>();
        foreach (var (mapping, mappingPath) in Mappings(reader, root, path))
        {
            foreach (var (map, mapPath) in reader.Objects(mapping, "maps", mappingPath, required: true))
            {
                var relationship = reader.String(map, "relationship", mapPath, required: true) ?? string.Empty;
                var sources = Refs(reader, map, "sources", mapPath);
                var targets = Refs(reader, map, "targets", mapPath);
                entries.AddRange(sources.SelectMany(s => targets.Select(t => new OscalMapEntry(s, t, relationship))));
            }
        }

        return problems.Any(d => d.IsError) ? new(null, problems) : new(new OscalMapping(file, title, entries), problems);
    }

    private static JsonElement? Root(JsonDocument document, string model, string file, List<Diagnostic> problems)
    {
        var top = document.RootElement;
        if (top.ValueKind == JsonValueKind.Object && top.TryGetProperty(model, out var root) && root.ValueKind == JsonValueKind.Object)
        {
            return root;
        }

        problems.Add(OscalDiagnostics.NotOfModel(file, model,
            top.ValueKind == JsonValueKind.Object ? top.EnumerateObject().Select(p => p.Name) : []));
        return null;
    }

    /// <summary>OSCAL allows <c>mappings</c> as one object or as an array of them.</summary>
    private static IEnumerable<(JsonElement, string)> Mappings(OscalJsonReader reader, JsonElement root, string path)
    {
        if (root.TryGetProperty("mappings", out var single) && single.ValueKind == JsonValueKind.Object)
        {
            return [(single, path + ".mappings")];
        }

        return reader.Objects(root, "mappings", path, required: true);
    }

    private static List<string> Refs(OscalJsonReader reader, JsonElement map, string name, string path) =>
        [.. reader.Objects(map, name, path, required: true).Select(i => reader.String(i.Item, "id-ref", i.Path, required: true)).OfType<string>()];

    private static List<OscalResource> ReadResources(OscalJsonReader reader, JsonElement root, string path)
    {
        if (reader.Object(root, "back-matter", path) is not { } backMatter)
        {
            return [];
        }

        return [.. reader.Objects(backMatter, "resources", path + ".back-matter")
            .Select(r => new OscalResource(reader.String(r.Item, "uuid", r.Path, required: true) ?? string.Empty, reader.String(r.Item, "title", r.Path), reader.Props(r.Item, r.Path)))];
    }

    private static void CheckUnique(List<OscalControl> controls, string file, List<Diagnostic> problems)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var control in controls)
        {
            if (!seen.TryAdd(control.Id, control.Path))
            {
                problems.Add(OscalDiagnostics.DuplicateControl(file, control.Path + ".id", control.Id, seen[control.Id]));
            }
        }
    }
}
