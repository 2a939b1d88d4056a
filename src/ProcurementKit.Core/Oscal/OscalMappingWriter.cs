using ProcurementKit.Catalog;

namespace ProcurementKit.Oscal;

/// <summary>
/// An OSCAL 1.2 mapping collection from the exported clause catalog (source) to Grundschutz++ (target): one map
/// per pair of clause and cited Grundschutz++ control, generated from the clauses' references. A clause that cites
/// a control demands of the supplier part of what the control asks, so each pair is <c>intersects-with</c>.
/// </summary>
public static class OscalMappingWriter
{
    public const string Relationship = "intersects-with";

    public static byte[] Write(RequirementsCatalog catalog, Language language, string releaseDate, string catalogHref = OscalNames.CatalogFileName)
    {
        var words = OscalLabels.For(language);
        var pairs = Pairs(catalog);
        return OscalJsonWriter.Write(writer =>
        {
            var json = writer.Json;
            json.WriteStartObject();
            json.WriteStartObject("mapping-collection");
            json.WriteString("uuid", Uuid5.For($"mapping:{catalog.Sha256}:{language.Code()}"));
            writer.Metadata(words.MappingTitle, releaseDate, catalog.Info.Version,
                [OscalProp.Own("catalog-sha256", catalog.Sha256), OscalProp.Own("language", language.Code())], catalog.Info.Publisher);
            json.WriteStartObject("provenance");
            Provenance(writer, words);
            json.WriteEndObject();
            json.WriteStartArray("mappings");
            json.WriteStartObject();
            json.WriteString("uuid", Uuid5.For($"mapping:{catalog.Sha256}:grundschutz"));
            Resource(writer, "source-resource", catalogHref);
            Resource(writer, "target-resource", OscalNames.GrundschutzHref);
            json.WriteStartArray("maps");
            foreach (var (clause, control) in pairs)
            {
                json.WriteStartObject();
                json.WriteString("uuid", Uuid5.For($"map:{clause.Id}:{control}"));
                json.WriteString("relationship", Relationship);
                Items(writer, "sources", OscalIds.Control(clause.Id));
                Items(writer, "targets", control);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    /// <summary>Every clause (not retired) with each Grundschutz++ control it cites, in catalog order, each pair once.</summary>
    public static IReadOnlyList<(Clause Clause, string Control)> Pairs(RequirementsCatalog catalog) =>
        [.. catalog.Clauses
            .Where(c => c.Status != ClauseStatus.Retired)
            .SelectMany(c => c.References.Where(r => r.Standard == OscalNames.GrundschutzStandard).Select(r => r.Item).Distinct().Select(item => (c, item)))];

    private static void Provenance(OscalJsonWriter writer, OscalLabels words)
    {
        var json = writer.Json;
        json.WriteString("method", "hybrid");
        json.WriteString("matching-rationale", "semantic");
        json.WriteString("status", "draft");
        writer.Prose("mapping-description", words.MappingDescription);
    }

    private static void Resource(OscalJsonWriter writer, string name, string href)
    {
        var json = writer.Json;
        json.WriteStartObject(name);
        json.WriteString("type", "catalog");
        json.WriteString("href", href);
        json.WriteEndObject();
    }

    private static void Items(OscalJsonWriter writer, string name, string id)
    {
        var json = writer.Json;
        json.WriteStartArray(name);
        json.WriteStartObject();
        json.WriteString("type", "control");
        json.WriteString("id-ref", id);
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
