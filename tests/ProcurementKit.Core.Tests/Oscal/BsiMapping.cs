using System.Text.Json;
using ProcurementKit.Text;

namespace ProcurementKit.Tests.Oscal;

/// <summary>
/// The BSI's IT-Grundschutz 2023 → Grundschutz++ mapping (a CSV in the BSI's repository) written as an OSCAL mapping
/// collection, as a user would bring it: the real input for coverage "through a mapping".
/// </summary>
internal static class BsiMapping
{
    public static IReadOnlyList<(string Source, string Relationship, string Target)> Rows() =>
        [.. File.ReadAllLines(OscalSchemas.DataFile("itgs2023-to-gspp.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(c => c.Length >= 3)
            .Select(c => (c[0], c[1], c[2]))];

    public static byte[] AsOscal()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOutput.Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("mapping-collection");
            json.WriteString("uuid", "0f1a2b3c-4d5e-4f60-8a7b-8c9d0e1f2a3b");
            json.WriteStartObject("metadata");
            json.WriteString("title", "IT-Grundschutz 2023 to Grundschutz++");
            json.WriteString("last-modified", "2026-07-29T00:00:00Z");
            json.WriteString("version", "47de282");
            json.WriteString("oscal-version", "1.2.1");
            json.WriteEndObject();
            json.WriteStartObject("provenance");
            json.WriteString("method", "human");
            json.WriteString("matching-rationale", "semantic");
            json.WriteString("status", "draft");
            json.WriteString("mapping-description", "BSI mapping, human draft");
            json.WriteEndObject();
            json.WriteStartArray("mappings");
            json.WriteStartObject();
            json.WriteString("uuid", "1f1a2b3c-4d5e-4f60-8a7b-8c9d0e1f2a3b");
            Resource(json, "source-resource", "https://www.bsi.bund.de/grundschutz-kompendium-2023");
            Resource(json, "target-resource", "https://github.com/BSI-Bund/Stand-der-Technik-Bibliothek");
            json.WriteStartArray("maps");
            var index = 0;
            foreach (var (source, relationship, target) in Rows())
            {
                json.WriteStartObject();
                json.WriteString("uuid", $"2f1a2b3c-4d5e-4f60-8a7b-{index++:x12}");
                json.WriteString("relationship", relationship);
                Items(json, "sources", source);
                Items(json, "targets", target);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void Resource(Utf8JsonWriter json, string name, string href)
    {
        json.WriteStartObject(name);
        json.WriteString("type", "catalog");
        json.WriteString("href", href);
        json.WriteEndObject();
    }

    private static void Items(Utf8JsonWriter json, string name, string id)
    {
        json.WriteStartArray(name);
        json.WriteStartObject();
        json.WriteString("type", "control");
        json.WriteString("id-ref", id);
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
