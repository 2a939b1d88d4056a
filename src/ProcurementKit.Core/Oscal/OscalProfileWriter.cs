using ProcurementKit.Catalog;
using ProcurementKit.Selection;

namespace ProcurementKit.Oscal;

/// <summary>
/// A tender's selection as an OSCAL profile of the exported catalog: the selected controls by id, the resolved
/// parameter values (<c>set-parameters</c>) and, per control, what the tender decided (<c>alters/adds</c> props):
/// obligation A/B, weight, lots, level and the selection reason.
/// </summary>
public static class OscalProfileWriter
{
    /// <param name="catalogHref">Where the profile finds the catalog: the file name of <c>oscal catalog</c>'s output.</param>
    public static byte[] Write(TenderSelection selection, Language language, string date, string catalogHref = OscalNames.CatalogFileName)
    {
        var words = OscalLabels.For(language);
        var tender = selection.Tender;
        return OscalJsonWriter.Write(writer =>
        {
            var json = writer.Json;
            json.WriteStartObject();
            json.WriteStartObject("profile");
            json.WriteString("uuid", Uuid5.For($"profile:{selection.Hash()}:{language.Code()}"));
            writer.Metadata($"{tender.Title} – {words.ProfileTitle}", date, selection.Catalog.Info.Version,
            [
                OscalProp.Own("tender-reference", tender.Reference),
                OscalProp.Own("catalog-sha256", selection.Catalog.Sha256),
                OscalProp.Own("selection-hash", selection.Hash()),
                OscalProp.Own("language", language.Code()),
            ], tender.Authority);
            WriteImport(writer, selection, catalogHref);
            json.WriteStartObject("merge");
            json.WriteBoolean("as-is", true);
            json.WriteEndObject();
            WriteModify(writer, selection, language);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static void WriteImport(OscalJsonWriter writer, TenderSelection selection, string catalogHref)
    {
        var json = writer.Json;
        json.WriteStartArray("imports");
        json.WriteStartObject();
        json.WriteString("href", catalogHref);
        json.WriteStartArray("include-controls");
        json.WriteStartObject();
        json.WriteStartArray("with-ids");
        foreach (var requirement in selection.Requirements)
        {
            json.WriteStringValue(OscalIds.Control(requirement.Id));
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteModify(OscalJsonWriter writer, TenderSelection selection, Language language)
    {
        var json = writer.Json;
        json.WriteStartObject("modify");
        var parameters = selection.Requirements.SelectMany(r => r.Parameters.Select(p => (r, p))).ToList();
        if (parameters.Count > 0)
        {
            json.WriteStartArray("set-parameters");
            foreach (var (requirement, parameter) in parameters)
            {
                json.WriteStartObject();
                json.WriteString("param-id", OscalIds.Parameter(requirement.Id, parameter.Name));
                writer.Props(
                [
                    OscalProp.Own("unit", parameter.Unit),
                    OscalProp.Own("value-source", parameter.Source == ParameterSource.Tender ? "tender" : "default"),
                    OscalProp.Own("display", parameter.Display[language]),
                ]);
                json.WriteStartArray("values");
                json.WriteStringValue(OscalJsonWriter.SingleLine(parameter.Value));
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartArray("alters");
        foreach (var requirement in selection.Requirements)
        {
            json.WriteStartObject();
            json.WriteString("control-id", OscalIds.Control(requirement.Id));
            json.WriteStartArray("adds");
            json.WriteStartObject();
            json.WriteString("position", "ending");
            writer.Props(DecisionProps(requirement, language));
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static IEnumerable<OscalProp> DecisionProps(SelectedRequirement requirement, Language language) =>
        [.. OscalControlWriter.RequirementProps(requirement), OscalProp.Own("selection-reason", requirement.Reason[language])];
}
