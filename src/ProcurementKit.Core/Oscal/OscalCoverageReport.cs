using System.Globalization;
using System.Text;
using System.Text.Json;
using ProcurementKit.Catalog;
using ProcurementKit.Text;

namespace ProcurementKit.Oscal;

/// <summary>Prints the coverage of an OSCAL catalog as text (per group, per control) or as JSON; the same input gives the same output.</summary>
public static class OscalCoverageReport
{
    public static string Text(OscalCoverageMatrix matrix, Language language)
    {
        var words = OscalCoverageLabels.For(language);
        var text = new StringBuilder();
        var rows = matrix.Rows;
        text.Append(CultureInfo.InvariantCulture, $"{matrix.Standard.Title}{Version(matrix.Standard)}: {rows.Count} {words.Controls}\n");
        text.Append(matrix.CitedAs is null ? words.NotCited + "\n" : $"{words.CitedAs} \"{matrix.CitedAs}\"\n");
        text.Append(CultureInfo.InvariantCulture,
            $"{words.CoveredDirectly}: {matrix.DirectCount}, {words.CoveredViaMapping}: {matrix.MappingOnlyCount}, {words.NotTenderMatter}: {matrix.ExplainedCount}, {words.NotCovered}: {matrix.Uncovered.Count()}\n\n");
        foreach (var group in rows.GroupBy(r => r.Control.Group))
        {
            var covered = group.Count(r => r.IsCovered);
            text.Append(CultureInfo.InvariantCulture, $"{(group.Key.Length == 0 ? "-" : group.Key)} ({covered}/{group.Count()} {words.Covered})\n");
            var width = group.Max(r => r.Control.Id.Length);
            foreach (var row in group)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {row.Control.Id.PadRight(width)}  {OscalJsonWriter.SingleLine(row.Control.Title)}: {Cover(row, words)}\n");
            }

            text.Append('\n');
        }

        var uncovered = matrix.Uncovered.ToList();
        text.Append(uncovered.Count == 0
            ? words.AllCovered + "\n"
            : $"{uncovered.Count} {words.ControlsNotCovered}: {string.Join(", ", uncovered.Select(r => r.Control.Id))}\n");
        return text.ToString();
    }

    public static string Json(OscalCoverageMatrix matrix)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOutput.Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("standard");
            json.WriteString("title", matrix.Standard.Title);
            json.WriteString("version", matrix.Standard.Version);
            json.WriteString("uuid", matrix.Standard.Uuid);
            if (matrix.CitedAs is null)
            {
                json.WriteNull("citedAs");
            }
            else
            {
                json.WriteString("citedAs", matrix.CitedAs);
            }

            json.WriteEndObject();
            json.WriteStartObject("summary");
            json.WriteNumber("controls", matrix.Rows.Count);
            json.WriteNumber("coveredDirectly", matrix.DirectCount);
            json.WriteNumber("coveredOnlyThroughMapping", matrix.MappingOnlyCount);
            json.WriteNumber("notTenderMatter", matrix.ExplainedCount);
            json.WriteNumber("notCovered", matrix.Uncovered.Count());
            json.WriteEndObject();
            json.WriteStartArray("controls");
            foreach (var row in matrix.Rows)
            {
                WriteRow(json, row);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteRow(Utf8JsonWriter json, OscalCoverageRow row)
    {
        json.WriteStartObject();
        json.WriteString("id", row.Control.Id);
        json.WriteString("title", row.Control.Title);
        json.WriteString("group", row.Control.Group);
        json.WriteString("status", row.IsCovered ? "covered" : row.IsExplained ? "not-a-tender-matter" : "not-covered");
        if (row.IsExplained)
        {
            json.WriteString("outsideTenders", row.OutsideTenders);
        }

        json.WriteStartArray("coveredBy");
        foreach (var label in row.Direct)
        {
            json.WriteStringValue(label);
        }

        json.WriteEndArray();
        json.WriteStartArray("throughMapping");
        foreach (var cover in row.ViaMapping)
        {
            json.WriteStartObject();
            json.WriteString("by", cover.By);
            json.WriteString("through", cover.Through);
            json.WriteString("relationship", cover.Relationship);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Cover(OscalCoverageRow row, OscalCoverageLabels words)
    {
        if (!row.IsCovered)
        {
            return row.IsExplained ? $"{words.NotTenderMatter}: {row.OutsideTenders}" : words.NotCoveredMark;
        }

        var parts = new List<string>();
        if (row.Direct.Count > 0)
        {
            parts.Add(string.Join(", ", row.Direct));
        }

        if (row.ViaMapping.Count > 0)
        {
            parts.Add($"{words.Via} " + string.Join(", ", row.ViaMapping.Select(m => $"{m.By} ({m.Through}, {m.Relationship})")));
        }

        return string.Join("; ", parts);
    }

    private static string Version(OscalCatalog standard) => standard.Version.Length == 0 ? string.Empty : $" ({standard.Version})";
}
