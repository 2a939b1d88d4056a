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

            if (!Reference.KnownStandards.Contains(standard))
            {
                diagnostics.Add(CatalogDiagnostics.UnknownStandard(entry.ValuePosition("standard"), standard, Reference.KnownStandards));
            }
            else if (vocabulary.Standards.FirstOrDefault(s => s.Name == standard) is { } registered && registered.Find(item) is null)
            {
                diagnostics.Add(CatalogDiagnostics.UnregisteredItem(entry.ValuePosition("item"), standard, item, registered.Items.Select(i => i.Id)));
            }

            result.Add(new Reference(standard, item));
        }

        return result;
    }
}
