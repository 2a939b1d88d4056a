using ProcurementKit.Tenders;
using System.Text.Json;
using ProcurementKit.Text;
using ProcurementKit.Catalog;

namespace ProcurementKit.Selection;

/// <summary>Writes selection.json: the tender, the catalog release, every requirement and every excluded clause.</summary>
public static class SelectionJsonWriter
{
    public static void Write(Stream output, TenderSelection selection, Language language)
    {
        using var json = new Utf8JsonWriter(output, JsonOutput.Options);
        json.WriteStartObject();
        WriteTender(json, selection);
        json.WriteStartObject("catalog");
        json.WriteString("name", selection.Catalog.Info.Name[language]);
        json.WriteString("version", selection.Catalog.Info.Version);
        json.WriteString("sha256", selection.Catalog.Sha256);
        json.WriteEndObject();
        json.WriteString("selectionHash", selection.Hash());
        json.WriteString("language", language.Code());
        json.WriteStartArray("requirements");
        foreach (var requirement in selection.Requirements)
        {
            WriteRequirement(json, requirement, language);
        }

        json.WriteEndArray();
        json.WriteStartArray("excluded");
        foreach (var excluded in selection.Excluded)
        {
            json.WriteStartObject();
            json.WriteString("id", excluded.Id);
            json.WriteString("reason", excluded.Reason[language]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTender(Utf8JsonWriter json, TenderSelection selection)
    {
        var tender = selection.Tender;
        json.WriteStartObject("tender");
        json.WriteString("title", tender.Title);
        json.WriteString("reference", tender.Reference);
        json.WriteString("authority", tender.Authority);
        json.WriteString("language", tender.Language.Code());
        json.WriteString("date", tender.Date);
        json.WriteStartObject("protectionNeeds");
        foreach (var (goal, need) in tender.ProtectionNeeds)
        {
            json.WriteStartObject(goal.ToKey());
            json.WriteString("level", need.Level.ToKey());
            json.WriteString("reason", need.Reason);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("lots");
        foreach (var lot in tender.Lots)
        {
            json.WriteStartObject();
            json.WriteString("id", lot.Id);
            json.WriteString("title", lot.Title);
            WriteStrings(json, "categories", lot.Categories);
            if (lot.Deployment is not null)
            {
                json.WriteString("deployment", lot.Deployment);
            }

            json.WriteStartObject("protectionNeeds");
            foreach (var goal in ProtectionGoals.All)
            {
                json.WriteString(goal.ToKey(), tender.NeedOf(lot, goal).Level.ToKey());
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("evaluation");
        json.WriteString("method", tender.Evaluation.Method.ToKey());
        json.WriteNumber("maxPoints", tender.Evaluation.MaxPoints);
        json.WriteNumber("fluctuationPercent", tender.Evaluation.FluctuationPercent);
        json.WriteString("tieBreaker", tender.Evaluation.TieBreaker.ToKey());
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRequirement(Utf8JsonWriter json, SelectedRequirement r, Language language)
    {
        json.WriteStartObject();
        json.WriteString("number", r.Number);
        json.WriteString("id", r.Id);
        json.WriteNumber("version", r.Clause.Version);
        json.WriteString("title", r.Title[language]);
        json.WriteString("topic", r.Clause.Topic);
        json.WriteString("phase", r.Clause.Phase.ToKey());
        json.WriteString("kind", r.Obligation.Kind.ToString());
        if (r.Obligation.IsKnockOut)
        {
            json.WriteNull("weight");
        }
        else
        {
            json.WriteNumber("weight", r.Obligation.Weight);
        }

        WriteStrings(json, "lots", r.Lots);
        json.WriteString("goal", r.DrivingGoal.ToKey());
        json.WriteString("level", r.Level.ToKey());
        json.WriteStartObject("parameters");
        foreach (var p in r.Parameters)
        {
            json.WriteStartObject(p.Name);
            json.WriteString("value", p.Value);
            json.WriteString("unit", p.Unit);
            json.WriteString("display", p.Display[language]);
            json.WriteString("source", p.Source == ParameterSource.Tender ? "tender" : "default");
            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (r.Clause.Scoring is { } scoring)
        {
            json.WriteStartObject("scoring");
            json.WriteString("parameter", scoring.Parameter);
            json.WriteNumber("fullAt", scoring.FullAt);
            json.WriteEndObject();
        }

        json.WriteString("text", r.Text[language]);
        json.WriteString("evidence", r.Evidence[language]);
        json.WriteStartArray("references");
        foreach (var reference in r.Clause.References)
        {
            json.WriteStartObject();
            json.WriteString("standard", reference.Standard);
            json.WriteString("item", reference.Item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (r.Clause.Replaces is null)
        {
            json.WriteNull("replaces");
        }
        else
        {
            json.WriteString("replaces", r.Clause.Replaces);
        }

        json.WriteString("reason", r.Reason[language]);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
