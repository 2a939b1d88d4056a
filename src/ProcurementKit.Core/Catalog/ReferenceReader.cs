using ProcurementKit.Catalog.Yaml;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Catalog;

/// <summary>Reads a clause's <c>references</c> and checks each against the standards the catalog registers.</summary>
internal sealed class ReferenceReader(YamlMap map, Vocabulary vocabulary, DiagnosticBag diagnostics)
{
    public IReadOnlyList<Reference> Read()
    {
        var entries = map.MapList("references");
        if (entries.Count == 0)
        {
            diagnostics.Add(CatalogDiagnostics.NoReferences(map.PositionOf("references")));
        }

        var result = new List<Reference>();
        foreach (var entry in entries)
        {
            var standard = entry.String("standard", required: true);
            var item = entry.String("item", required: true);
            if (standard is null || item is null)
            {
                continue;
            }

            var registered = vocabulary.Standards.FirstOrDefault(s => s.Name == standard);
            if (registered?.OscalFile is { } oscal)
            {
                if (registered.Find(item) is null)
                {
                    diagnostics.Add(OscalDiagnostics.UnknownControl(entry.ValuePosition("item"), standard, oscal, item, registered.Items.Select(i => i.Id)));
                }
            }
            else if (!Reference.KnownStandards.Contains(standard))
            {
                diagnostics.Add(CatalogDiagnostics.UnknownStandard(entry.ValuePosition("standard"), standard, Reference.KnownStandards));
            }
            else if (registered is not null && registered.Find(item) is null)
            {
                diagnostics.Add(CatalogDiagnostics.UnregisteredItem(entry.ValuePosition("item"), standard, item, registered.Items.Select(i => i.Id)));
            }

            result.Add(new Reference(standard, item));
        }

        return result;
    }
}
