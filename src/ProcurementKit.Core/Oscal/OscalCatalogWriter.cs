using ProcurementKit.Catalog;
using ProcurementKit.Review;
using ProcurementKit.Selection;

namespace ProcurementKit.Oscal;

/// <summary>
/// The clause catalog as an OSCAL 1.2.1 catalog (one group per topic, one control per clause), or a tender's
/// resolved profile catalog: exactly its selected requirements, with the parameter values the annex prints.
/// </summary>
public static class OscalCatalogWriter
{
    /// <summary>The whole catalog, every clause in topic order, dated with the release date.</summary>
    public static byte[] Write(RequirementsCatalog catalog, Language language, string releaseDate)
    {
        var clauses = catalog.Clauses;
        return OscalJsonWriter.Write(writer =>
        {
            var json = writer.Json;
            json.WriteStartObject();
            json.WriteStartObject("catalog");
            json.WriteString("uuid", Uuid5.For($"catalog:{catalog.Sha256}:{language.Code()}"));
            writer.Metadata(catalog.Info.Name[language], releaseDate, catalog.Info.Version, CatalogProps(catalog, language), catalog.Info.Publisher);
            WriteGroups(writer, catalog, language, clauses.Select(c => (c, (SelectedRequirement?)null)));
            new OscalStandards(catalog).WriteBackMatter(writer, clauses, language);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    /// <summary>What the supplier must meet in one tender, self-contained: the selected requirements in annex order.</summary>
    public static byte[] WriteResolved(TenderSelection selection, Language language, string date)
    {
        var catalog = selection.Catalog;
        var words = OscalLabels.For(language);
        return OscalJsonWriter.Write(writer =>
        {
            var json = writer.Json;
            json.WriteStartObject();
            json.WriteStartObject("catalog");
            json.WriteString("uuid", Uuid5.For($"resolved:{selection.Hash()}:{language.Code()}"));
            var props = CatalogProps(catalog, language).Append(OscalProp.Own("tender-reference", selection.Tender.Reference))
                .Append(OscalProp.Own("selection-hash", selection.Hash()));
            writer.Metadata($"{selection.Tender.Title} – {words.ResolvedTitle}", date, catalog.Info.Version, props, selection.Tender.Authority);
            WriteGroups(writer, catalog, language, selection.Requirements.Select(r => (r.Clause, (SelectedRequirement?)r)));
            new OscalStandards(catalog).WriteBackMatter(writer, selection.Requirements.Select(r => r.Clause), language);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static IEnumerable<OscalProp> CatalogProps(RequirementsCatalog catalog, Language language) =>
    [
        OscalProp.Own("catalog-sha256", catalog.Sha256),
        OscalProp.Own("language", language.Code()),
    ];

    /// <summary>One group per topic that has controls, in the catalog's topic order; controls in the order given.</summary>
    private static void WriteGroups(OscalJsonWriter writer, RequirementsCatalog catalog, Language language, IEnumerable<(Clause Clause, SelectedRequirement? Requirement)> controls)
    {
        var byTopic = controls.GroupBy(c => c.Clause.Topic).ToDictionary(g => g.Key, g => g.ToList());
        var topics = catalog.Topics.Where(t => byTopic.ContainsKey(t.Id)).ToList();
        if (topics.Count == 0)
        {
            return;
        }

        var json = writer.Json;
        var control = new OscalControlWriter(writer, language, new OscalStandards(catalog));
        json.WriteStartArray("groups");
        foreach (var topic in topics)
        {
            json.WriteStartObject();
            json.WriteString("id", OscalIds.Group(topic.Id));
            json.WriteString("class", "topic");
            writer.Line("title", topic.Name[language]);
            writer.Props([new OscalProp("label", topic.Prefix)]);
            json.WriteStartArray("controls");
            foreach (var (clause, requirement) in byTopic[topic.Id])
            {
                control.Write(clause, requirement);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
