using System.Text.Encodings.Web;
using System.Text.Json;
using ProcurementKit.Catalog;

namespace ProcurementKit.Bench.Generator;

/// <summary>Writes the benchmark tender.json for a synthetic catalog: <see cref="BenchTender"/> plus a few include/exclude ids.</summary>
internal static class TenderJsonWriter
{
    private static readonly JsonWriterOptions s_options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream output, RequirementsCatalog vocabulary, IReadOnlyList<ClausePlan> plans)
    {
        using var json = new Utf8JsonWriter(output, s_options);
        json.WriteStartObject();
        json.WriteString("title", $"Sensornetz und urbane Datenplattform ({plans.Count} Katalogklauseln)");
        json.WriteString("reference", $"BENCH-{plans.Count}");
        json.WriteString("authority", "Stadt Musterhausen");
        json.WriteString("language", "de");
        json.WriteString("date", "2026-11-02");
        json.WriteString("description", "Synthetische Ausschreibung für die Leistungsmessung: ein LoRaWAN-Sensornetz im eigenen Rechenzentrum und eine urbane Datenplattform als Cloud-Dienst.");
        json.WriteStartObject("protectionNeeds");
        foreach (var (goal, level) in BenchTender.Needs)
        {
            Need(json, goal, level, "Festgestellt in der Schutzbedarfsfeststellung nach BSI 200-2.");
        }

        json.WriteEndObject();
        json.WriteStartArray("lots");
        foreach (var lot in BenchTender.Lots)
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
            json.WriteString("deployment", lot.Deployment);
            if (lot.OwnAvailability is { } level)
            {
                json.WriteStartObject("protectionNeeds");
                Need(json, "availability", level, "Die Plattform versorgt Parkleitsystem und Fachverfahren.");
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("context");
        for (var i = 0; i < vocabulary.ContextKeys.Count; i++)
        {
            json.WriteBoolean(vocabulary.ContextKeys[i].Name, BenchTender.ContextValue(i));
        }

        json.WriteEndObject();
        json.WriteStartObject("parameters");
        json.WriteString("support-period-years", "8");
        json.WriteEndObject();
        // A few forced decisions, as real tenders have them.
        Ids(json, "include", plans.Where(p => p.Exclusion == Exclusion.Level).Take(3));
        Ids(json, "exclude", plans.Where(p => p.Selected && p.Replaces is null).Take(3));
        json.WriteStartObject("evaluation");
        json.WriteString("method", "simple-reference-value");
        json.WriteNumber("maxPoints", 10);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Need(Utf8JsonWriter json, string goal, string level, string reason)
    {
        json.WriteStartObject(goal);
        json.WriteString("level", level);
        json.WriteString("reason", reason);
        json.WriteEndObject();
    }

    private static void Ids(Utf8JsonWriter json, string name, IEnumerable<ClausePlan> plans)
    {
        json.WriteStartArray(name);
        foreach (var plan in plans)
        {
            json.WriteStringValue(plan.Id);
        }

        json.WriteEndArray();
    }
}
