using System.Text;
using ProcurementKit.Catalog.Yaml;
using ProcurementKit.Diagnostics;
using ProcurementKit.Oscal;

namespace ProcurementKit.Catalog;

/// <summary>
/// A standard registered by an OSCAL catalog beside its registration in standards/ (<c>oscal: supply-chain.json</c>):
/// its controls become the standard's items, so clauses cite them by id and lint checks each id (OscalDiagnostics.UnknownControl).
/// </summary>
internal static class OscalStandardReader
{
    public static RegisteredStandard? Read(CatalogSource source, YamlMap map, string name, string file, DiagnosticBag diagnostics)
    {
        var relative = "standards/" + file;
        if (source.Find(relative) is not { } found)
        {
            diagnostics.Add(OscalDiagnostics.RegisteredFileMissing(map.ValuePosition("oscal"), file));
            return null;
        }

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(found.Content));
        var read = OscalReader.ReadCatalog(stream, source.DisplayPath(relative));
        foreach (var problem in read.Problems)
        {
            diagnostics.Add(problem);
        }

        if (read.Value is not { } catalog)
        {
            return null;
        }

        var items = catalog.Controls
            .Select(c => new StandardItem(c.Id, LocalizedText.Same(c.Title), c.Group) { Level = c.Props.FirstOrDefault(p => p.Name == "sec_level")?.Value ?? string.Empty })
            .ToList();
        return new RegisteredStandard(name, map.Localized("title") ?? LocalizedText.Same(catalog.Title), items) { OscalFile = relative };
    }
}
