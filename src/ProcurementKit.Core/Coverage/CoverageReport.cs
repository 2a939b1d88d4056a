using System.Text;
using System.Text.Json;
using ProcurementKit.Text;
using ProcurementKit.Catalog;

namespace ProcurementKit.Coverage;

/// <summary>Prints the coverage matrix as a text table or as JSON.</summary>
public static class CoverageReport
{
    public static string Text(CoverageMatrix matrix, Language language)
    {
        var labels = CoverageLabels.For(language);
        var text = new StringBuilder();
        foreach (var group in matrix.Rows.GroupBy(r => r.Standard))
        {
            var covered = group.Count(r => r.IsCovered);
            var explained = group.Count(r => r.IsExplained);
            var outside = explained == 0 ? string.Empty : $", {explained} {labels.NotTenderMatter}";
            text.Append($"{group.Key.Name} — {group.Key.Title[language]} ({covered}/{group.Count()} {labels.Covered}{outside})\n");
            var width = group.Max(r => r.Item.Id.Length);
            foreach (var row in group)
            {
                var by = row.IsCovered ? string.Join(", ", row.CoveredBy)
                    : row.IsExplained ? labels.NotTenderMatter + ": " + row.Item.OutsideTenders
                    : labels.NotCovered;
                text.Append($"  {row.Item.Id.PadRight(width)}  {row.Item.Title[language]}: {by}\n");
            }

            text.Append('\n');
        }

        var uncovered = matrix.Uncovered.ToList();
        text.Append(uncovered.Count == 0
            ? labels.AllCovered
            : $"{uncovered.Count} {labels.ItemsNotCovered}: {string.Join(", ", uncovered.Select(r => $"{r.Standard.Name} {r.Item.Id}"))}\n");
        return text.ToString();
    }

    public static string Json(CoverageMatrix matrix, Language language)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOutput.Options))
        {
            json.WriteStartArray();
            foreach (var row in matrix.Rows)
            {
                json.WriteStartObject();
                json.WriteString("standard", row.Standard.Name);
                json.WriteString("item", row.Item.Id);
                json.WriteString("title", row.Item.Title[language]);
                json.WriteString("group", row.Item.Group);
                if (row.IsExplained)
                {
                    json.WriteString("outsideTenders", row.Item.OutsideTenders);
                }

                json.WriteStartArray("coveredBy");
                foreach (var id in row.CoveredBy)
                {
                    json.WriteStringValue(id);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
