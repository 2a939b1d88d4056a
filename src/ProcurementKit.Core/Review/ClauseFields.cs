using System.Globalization;
using ProcurementKit.Catalog;

namespace ProcurementKit.Review;

/// <summary>
/// Projects a clause onto keyed, language-neutral values in a fixed order, so two versions of a clause can be
/// compared field by field and every difference gets a stable name (<c>parameters.support-period-years.high</c>).
/// Texts stay Markdown here: a change of formatting alone is still a change.
/// </summary>
public static class ClauseFields
{
    public static IReadOnlyList<ClauseField> Of(Clause clause)
    {
        var fields = new List<ClauseField>
        {
            new("version", FieldKind.Metadata, clause.Version.ToString(CultureInfo.InvariantCulture)),
            new("status", FieldKind.Status, clause.Status.ToString().ToLowerInvariant()),
        };
        Add(fields, "approved-by", FieldKind.Approval, clause.Approval.By);
        Add(fields, "approved-on", FieldKind.Approval, clause.Approval.On);
        Add(fields, "legal-note.de", FieldKind.Approval, clause.Approval.Note?.De);
        Add(fields, "legal-note.en", FieldKind.Approval, clause.Approval.Note?.En);
        fields.Add(new("topic", FieldKind.Topic, clause.Topic));
        fields.Add(new("phase", FieldKind.Metadata, clause.Phase.ToKey()));
        fields.Add(new("categories", FieldKind.Metadata, string.Join(", ", clause.Categories)));
        fields.Add(new("goals", FieldKind.Metadata, string.Join(", ", clause.Goals.Select(g => g.ToKey()))));
        fields.Add(new("from-level", FieldKind.Metadata, clause.FromLevel.ToKey()));
        Add(fields, "when", FieldKind.Metadata, string.Join(", ", clause.When.Select(w => $"{w.Key}: {(w.Value ? "true" : "false")}")));
        Add(fields, "deployment", FieldKind.Metadata, string.Join(", ", clause.Deployment));
        Add(fields, "replaces", FieldKind.Metadata, clause.Replaces);
        foreach (var (level, obligation) in clause.Obligations)
        {
            fields.Add(new($"obligation.{level.ToKey()}", FieldKind.Obligation, obligation.ToString()));
        }

        foreach (var parameter in clause.Parameters)
        {
            fields.Add(new($"parameters.{parameter.Name}", FieldKind.Parameter, Describe(parameter)));
            foreach (var (level, value) in parameter.Defaults)
            {
                fields.Add(new($"parameters.{parameter.Name}.{level.ToKey()}", FieldKind.Parameter, value));
            }
        }

        Add(fields, "scoring", FieldKind.Metadata, clause.Scoring is { } s ? $"{s.Parameter}, full-at {s.FullAt.ToString(CultureInfo.InvariantCulture)}" : null);
        fields.Add(new("title.de", FieldKind.Text, clause.German.Title));
        fields.Add(new("title.en", FieldKind.Text, clause.English.Title));
        fields.Add(new("text.de", FieldKind.Text, clause.German.Body));
        fields.Add(new("text.en", FieldKind.Text, clause.English.Body));
        fields.Add(new("evidence.de", FieldKind.Text, clause.Evidence.De));
        fields.Add(new("evidence.en", FieldKind.Text, clause.Evidence.En));
        fields.Add(new("verification", FieldKind.Metadata, string.Join(", ", clause.Verification)));
        fields.Add(new("rationale.de", FieldKind.Text, clause.Rationale.De));
        fields.Add(new("rationale.en", FieldKind.Text, clause.Rationale.En));
        fields.Add(new("references", FieldKind.Metadata, string.Join("; ", clause.References)));
        return fields;
    }

    /// <summary>The fields that differ, in the order of the old clause with fields only the new one has at their place.</summary>
    public static IReadOnlyList<FieldChange> Compare(Clause old, Clause @new)
    {
        var before = Of(old);
        var after = Of(@new);
        var oldByKey = before.ToDictionary(f => f.Key, StringComparer.Ordinal);
        var newByKey = after.ToDictionary(f => f.Key, StringComparer.Ordinal);
        var keys = after.Select(f => f.Key).ToList();
        foreach (var (field, index) in before.Select((f, i) => (f, i)).Where(p => !newByKey.ContainsKey(p.f.Key)))
        {
            keys.Insert(Math.Min(index, keys.Count), field.Key);
        }

        return [.. keys
            .Select(k => (k, Old: oldByKey.GetValueOrDefault(k), New: newByKey.GetValueOrDefault(k)))
            .Where(p => p.Old?.Value != p.New?.Value)
            .Select(p => new FieldChange(p.k, (p.New ?? p.Old)!.Kind, p.Old?.Value, p.New?.Value))];
    }

    private static void Add(List<ClauseField> fields, string key, FieldKind kind, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            fields.Add(new(key, kind, value));
        }
    }

    private static string Describe(Parameter parameter)
    {
        var parts = new List<string> { parameter.Type.ToString().ToLowerInvariant(), parameter.Unit };
        if (parameter.Min is { } min)
        {
            parts.Add($"min {min.ToString(CultureInfo.InvariantCulture)}");
        }

        if (parameter.Max is { } max)
        {
            parts.Add($"max {max.ToString(CultureInfo.InvariantCulture)}");
        }

        return string.Join(", ", parts);
    }
}
