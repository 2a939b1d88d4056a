using System.Text.Json.Nodes;
using Json.Schema;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Oscal;

/// <summary>The official OSCAL 1.2.1 JSON schemas (copied into Oscal/Schemas), and validation against them with every error listed.</summary>
internal static class OscalSchemas
{
    private static readonly Lazy<JsonSchema> s_catalog = new(() => Load("oscal_catalog_schema.json"));
    private static readonly Lazy<JsonSchema> s_profile = new(() => Load("oscal_profile_schema.json"));
    private static readonly Lazy<JsonSchema> s_mapping = new(() => Load("oscal_mapping_schema.json"));

    public static JsonSchema Catalog => s_catalog.Value;

    public static JsonSchema Profile => s_profile.Value;

    public static JsonSchema Mapping => s_mapping.Value;

    public static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Oscal", "Data", name);

    /// <summary>"path: message" for every schema violation; empty when the document is valid.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, byte[] document)
    {
        var node = JsonNode.Parse(document);
        var result = schema.Evaluate(node, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid)
        {
            return [];
        }

        return [.. result.Details
            .Where(d => d.HasErrors)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .Distinct()
            .Take(50)];
    }

    private static JsonSchema Load(string name)
    {
        // Each schema has its own $id (http://csrc.nist.gov/ns/oscal/1.2.1/oscal-catalog-schema.json, ...).
        return JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Oscal", "Schemas", name)));
    }
}
