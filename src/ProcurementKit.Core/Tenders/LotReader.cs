using ProcurementKit.Diagnostics;
using Microsoft.Extensions.Configuration;
using ProcurementKit.Catalog;
using ProcurementKit.Text;

namespace ProcurementKit.Tenders;

/// <summary>Reads the tender's lots and checks their categories and deployment against the catalog.</summary>
internal sealed class LotReader(SectionReader reader, RequirementsCatalog catalog)
{
    public IReadOnlyList<Lot> Read(IConfigurationSection section)
    {
        var lots = new List<Lot>();
        var children = section.GetChildren().OrderBy(c => SectionReader.Index(c.Key)).ToList();
        if (children.Count == 0)
        {
            reader.Add(TenderDiagnostics.Missing(reader.File, "lots", "a tender needs at least one lot with its categories"));
            return lots;
        }

        foreach (var lot in children)
        {
            var id = reader.Required(lot, "id") ?? lot.Key;
            if (lots.Any(l => l.Id == id))
            {
                reader.Add(TenderDiagnostics.Duplicate(reader.File, $"{lot.Path}:id", $"lot id '{id}' is used twice; give every lot its own id"));
            }

            var categories = Categories(lot.GetSection("categories"));
            var deployment = lot["deployment"];
            if (deployment is not null && !Deployments.All.Contains(deployment))
            {
                reader.Add(TenderDiagnostics.NotInVocabulary(reader.File, $"{lot.Path}:deployment", "a deployment", deployment, Deployments.All));
                deployment = null;
            }

            var needs = new ProtectionNeedReader(reader).Read(lot.GetSection("protectionNeeds"), required: false);
            lots.Add(new Lot(id, lot["title"] ?? string.Empty, categories, deployment, needs));
        }

        return lots;
    }

    private List<string> Categories(IConfigurationSection section)
    {
        var categories = SectionReader.Strings(section).ToList();
        if (categories.Count == 0)
        {
            reader.Add(TenderDiagnostics.Missing(reader.File, section.Path, "name at least one product category of the catalog"));
        }

        var known = catalog.Categories.Select(c => c.Id).ToList();
        for (var i = 0; i < categories.Count; i++)
        {
            if (!known.Contains(categories[i]))
            {
                reader.Add(TenderDiagnostics.NotInVocabulary(reader.File, $"{section.Path}:{i}", "a product category of the catalog", categories[i], known));
            }
        }

        return categories;
    }
}
