using System.Text.Json;
using ProcurementKit.Text;
using ProcurementKit.Catalog;

namespace ProcurementKit.Review;

/// <summary>The catalog diff as JSON for tools (<c>diff --json</c>): both releases, the counts and every changed field.</summary>
public static class CatalogDiffJsonWriter
{
    public static void Write(Stream output, CatalogDiff diff)
    {
        using var json = new Utf8JsonWriter(output, JsonOutput.Options);
        json.WriteStartObject();
        WriteRelease(json, "old", diff.OldLabel, diff.Old);
        WriteRelease(json, "new", diff.NewLabel, diff.New);
        WriteSummary(json, diff.Summary);
        json.WriteStartArray("changes");
        foreach (var change in diff.Changes)
        {
            WriteChange(json, diff, change);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRelease(Utf8JsonWriter json, string name, string label, RequirementsCatalog catalog)
    {
        json.WriteStartObject(name);
        json.WriteString("source", label);
        json.WriteString("version", catalog.Info.Version);
        WriteOptional(json, "releasedOn", catalog.Info.ReleasedOn);
        json.WriteString("sha256", catalog.Sha256);
        json.WriteNumber("clauses", catalog.Clauses.Count);
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, CatalogDiffSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("added", summary.Added);
        json.WriteNumber("removed", summary.Removed);
        json.WriteNumber("changed", summary.Changed);
        json.WriteNumber("statusChanges", summary.StatusChanges);
        json.WriteNumber("obligationChanges", summary.ObligationChanges);
        json.WriteNumber("moved", summary.Moved);
        json.WriteNumber("retired", summary.Retired);
        json.WriteNumber("unchanged", summary.Unchanged);
        json.WriteEndObject();
    }

    private static void WriteChange(Utf8JsonWriter json, CatalogDiff diff, ClauseChange change)
    {
        json.WriteStartObject();
        json.WriteString("id", change.Id);
        json.WriteString("kind", change.Kind.ToString().ToLowerInvariant());
        json.WriteString("title", change.Current.German.Title);
        json.WriteString("titleEn", change.Current.English.Title);
        json.WriteString("topic", diff.TopicOf(change)?.Id ?? change.Current.Topic);
        WriteOptional(json, "oldVersion", change.Old?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        WriteOptional(json, "newVersion", change.New?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        json.WriteStartArray("flags");
        foreach (var flag in change.Flags)
        {
            json.WriteStringValue(flag);
        }

        json.WriteEndArray();
        json.WriteStartArray("fields");
        foreach (var field in change.Fields)
        {
            WriteField(json, field);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter json, FieldChange field)
    {
        json.WriteStartObject();
        json.WriteString("key", field.Key);
        json.WriteString("kind", field.Kind.ToString().ToLowerInvariant());
        WriteOptional(json, "old", field.Old);
        WriteOptional(json, "new", field.New);
        if (field.Kind == FieldKind.Text)
        {
            // Word-level segments let a tool show the change the way the redline does.
            json.WriteStartArray("words");
            foreach (var segment in field.Words())
            {
                json.WriteStartObject();
                json.WriteString("op", segment.Operation.ToString().ToLowerInvariant());
                json.WriteString("text", segment.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
