using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ProcurementKit.Catalog;

namespace ProcurementKit.Tenders;

/// <summary>
/// Writes a tender in the format <see cref="TenderReader"/> reads (docs/tender-format.md), so a host that builds
/// a tender from a form can hand it back as the file the officer keeps: reading what this writes gives the same tender.
/// Keys come in the documented order and umlauts stay readable; only what differs from the defaults of
/// <c>phases</c> and <c>evaluation</c> is left out when it is the default.
/// </summary>
public static class TenderJsonWriter
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Tender tender, Stream output)
    {
        using var json = new Utf8JsonWriter(output, s_options);
        json.WriteStartObject();
        json.WriteString("title", tender.Title);
        json.WriteString("reference", tender.Reference);
        json.WriteString("authority", tender.Authority);
        json.WriteString("language", tender.Language.Code());
        json.WriteString("date", tender.Date);
        json.WriteString("description", tender.Description);
        WriteNeeds(json, "protectionNeeds", tender.ProtectionNeeds);
        if (tender.Assessment is { } assessment)
        {
            AssessmentJsonWriter.Write(json, assessment);
        }

        WriteLots(json, tender.Lots);
        if (!tender.Phases.SequenceEqual(PhaseReader.Default))
        {
            json.WriteStartArray("phases");
            foreach (var phase in tender.Phases)
            {
                json.WriteStringValue(phase.ToKey());
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("context");
        foreach (var (key, value) in tender.Context.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            json.WriteBoolean(key, value);
        }

        json.WriteEndObject();
        json.WriteStartObject("parameters");
        foreach (var (key, value) in tender.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            WriteScalar(json, key, value);
        }

        json.WriteEndObject();
        WriteIds(json, "include", tender.Include);
        WriteIds(json, "exclude", tender.Exclude);
        if (tender.AllowDraft)
        {
            json.WriteBoolean("allowDraft", true);
        }

        WriteEvaluation(json, tender.Evaluation);
        json.WriteEndObject();
        json.Flush();
    }

    /// <summary>The tender as the UTF-8 text of its file.</summary>
    public static string ToText(Tender tender)
    {
        using var buffer = new MemoryStream();
        Write(tender, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNeeds(Utf8JsonWriter json, string name, IReadOnlyDictionary<ProtectionGoal, ProtectionNeed> needs)
    {
        json.WriteStartObject(name);
        foreach (var goal in ProtectionGoals.All.Where(needs.ContainsKey))
        {
            json.WriteStartObject(goal.ToKey());
            json.WriteString("level", needs[goal].Level.ToKey());
            json.WriteString("reason", needs[goal].Reason);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteLots(Utf8JsonWriter json, IReadOnlyList<Lot> lots)
    {
        json.WriteStartArray("lots");
        foreach (var lot in lots)
        {
            json.WriteStartObject();
            json.WriteString("id", lot.Id);
            json.WriteString("title", lot.Title);
            json.WriteStartArray("categories");
            foreach (var category in lot.Categories)
            {
                json.WriteStringValue(category);
            }

            json.WriteEndArray();
            if (lot.Deployment is not null)
            {
                json.WriteString("deployment", lot.Deployment);
            }

            if (lot.OwnNeeds.Count > 0)
            {
                WriteNeeds(json, "protectionNeeds", lot.OwnNeeds);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteIds(Utf8JsonWriter json, string name, IReadOnlyList<string> ids)
    {
        json.WriteStartArray(name);
        foreach (var id in ids)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
    }

    private static void WriteEvaluation(Utf8JsonWriter json, EvaluationSettings evaluation)
    {
        json.WriteStartObject("evaluation");
        json.WriteString("method", evaluation.Method.ToKey());
        json.WriteNumber("maxPoints", evaluation.MaxPoints);
        json.WriteNumber("fluctuationPercent", evaluation.FluctuationPercent);
        json.WriteString("tieBreaker", evaluation.TieBreaker.ToKey());
        if (evaluation.Scale is { Steps.Count: > 0 } scale)
        {
            json.WriteStartArray("scale");
            foreach (var step in scale.Steps)
            {
                json.WriteStartObject();
                json.WriteNumber("points", step.Points);
                json.WriteString("de", step.Meaning.De);
                json.WriteString("en", step.Meaning.En);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>A parameter override as a JSON number when it is one (the reader accepts both), else as text.</summary>
    private static void WriteScalar(Utf8JsonWriter json, string key, string value)
    {
        if (decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            && number.ToString(CultureInfo.InvariantCulture) == value)
        {
            json.WriteNumber(key, number);
        }
        else
        {
            json.WriteString(key, value);
        }
    }
}
