using ProcurementKit.Catalog;

namespace ProcurementKit.Oscal;

/// <summary>
/// The standards clauses cite, as back-matter resources: one per standard, with a fixed uuid. A reference is a link
/// to its standard's resource whose <c>resource-fragment</c> is the cited item (URI-encoded).
/// </summary>
internal sealed class OscalStandards(RequirementsCatalog catalog)
{
    public static string ResourceUuid(string standard) => Uuid5.For("standard:" + standard);

    /// <summary>" – title" of a registered item, so a reader sees what is cited; empty when the item is not registered.</summary>
    public string TitleSuffix(Reference reference, Language language) =>
        catalog.FindStandard(reference.Standard)?.Find(reference.Item) is { } item && item.Title[language].Length > 0
            ? " – " + item.Title[language]
            : string.Empty;

    public void WriteBackMatter(OscalJsonWriter writer, IEnumerable<Clause> clauses, Language language)
    {
        var cited = clauses.SelectMany(c => c.References).Select(r => r.Standard).Distinct().Order(StringComparer.Ordinal).ToList();
        if (cited.Count == 0)
        {
            return;
        }

        var json = writer.Json;
        json.WriteStartObject("back-matter");
        json.WriteStartArray("resources");
        foreach (var standard in cited)
        {
            json.WriteStartObject();
            json.WriteString("uuid", ResourceUuid(standard));
            writer.Line("title", catalog.FindStandard(standard)?.Title[language] ?? standard);
            writer.Props([OscalProp.Own("standard", standard)]);
            if (standard == OscalNames.GrundschutzStandard)
            {
                json.WriteStartArray("rlinks");
                json.WriteStartObject();
                json.WriteString("href", OscalNames.GrundschutzHref);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
