using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Tenders;
using ProcurementKit.Tenders.Assessment;

namespace ProcurementKit.Workflow;

/// <summary>Where an assessment starts: the tender's language and the assessment it already holds (answers to offer again), if any.</summary>
public sealed record AssessmentStart(Language Language, ProtectionNeedAssessment? Existing);

/// <summary>A goal whose protection need the assessment set: the level before (null when there was none) and after.</summary>
public sealed record NeedChange(ProtectionGoal Goal, Level? Before, Level After)
{
    public bool LevelChanged => Before != After;
}

/// <summary>The tender file with the assessment written into it, and what that changed.</summary>
public sealed record AssessedTender(string Json, IReadOnlyList<NeedChange> Needs, bool HadAssessment, bool Unchanged);

/// <summary>
/// The protection-need step (<c>procurementkit assess</c>, the web questionnaire): open a tender for it, and write an
/// assessment into the tender text — <c>assessment</c> and the <c>protectionNeeds</c> it determines — keeping every
/// other key, its value and its place.
/// </summary>
public static class AssessmentWorkflow
{
    private static readonly JsonDocumentOptions s_read = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly JsonWriterOptions s_write = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The tender as far as the assessment needs it. Problems outside <c>assessment</c> and <c>protectionNeeds</c> stop
    /// here, before anyone answers eighteen questions; those two keys are what the assessment rewrites.
    /// </summary>
    public static WorkflowResult<AssessmentStart> Open(RequirementsCatalog catalog, string tenderJson, string file)
    {
        var read = TenderReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(tenderJson)), file, catalog);
        var blocking = read.Errors.Where(e => e.IsError && !IsRewritten(e)).ToList();
        if (blocking.Count > 0)
        {
            return WorkflowResult.Failure<AssessmentStart>(blocking);
        }

        var language = read.Tender?.Language ?? LanguageOf(tenderJson);
        var existing = read.Tender?.Assessment ?? AssessmentAnswersReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(tenderJson)), file).Value;
        return WorkflowResult.Success(new AssessmentStart(language, existing));
    }

    /// <summary>
    /// The tender text with <paramref name="assessment"/> and the protection needs it determines (reasons in the
    /// tender's language). Fails with the assessment's problems, or when the result would not read as a tender.
    /// </summary>
    public static WorkflowResult<AssessedTender> Apply(RequirementsCatalog catalog, string tenderJson, string file, ProtectionNeedAssessment assessment)
    {
        var problems = ProtectionNeedDetermination.Check(assessment, file);
        if (problems.Count > 0)
        {
            return WorkflowResult.Failure<AssessedTender>(problems);
        }

        JsonObject root;
        try
        {
            root = JsonNode.Parse(tenderJson, documentOptions: s_read) as JsonObject
                ?? throw new JsonException("the tender file must hold one JSON object");
        }
        catch (JsonException e)
        {
            return WorkflowResult.Failure<AssessedTender>([TenderReader.JsonProblem(file, e)]);
        }

        var language = Languages.TryParse(Text(root["language"]), out var lang) ? lang : Language.German;
        var needs = ProtectionNeedDetermination.Determine(assessment, language);
        var changes = ProtectionGoals.All.Select(g => new NeedChange(g, LevelOf(root, g), needs[g].Level)).ToList();
        var hadAssessment = root.ContainsKey("assessment");
        Put(root, "protectionNeeds", NeedsNode(needs), after: "description");
        Put(root, "assessment", AssessmentNode(assessment), after: "protectionNeeds");
        var text = Write(root);

        var reread = TenderReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), file, catalog);
        return reread.Errors.Any(e => e.IsError)
            ? WorkflowResult.Failure<AssessedTender>([.. reread.Errors.Where(e => e.IsError)])
            : WorkflowResult.Success(new AssessedTender(text, changes, hadAssessment, Same(text, tenderJson)));
    }

    private static bool IsRewritten(Diagnostic problem) =>
        problem.Position.Key is { } key && (key.StartsWith("assessment", StringComparison.Ordinal) || key.StartsWith("protectionNeeds", StringComparison.Ordinal));

    private static Language LanguageOf(string tenderJson)
    {
        try
        {
            return JsonNode.Parse(tenderJson, documentOptions: s_read) is JsonObject root && Languages.TryParse(Text(root["language"]), out var language)
                ? language
                : Language.German;
        }
        catch (JsonException)
        {
            return Language.German;
        }
    }

    private static Level? LevelOf(JsonObject root, ProtectionGoal goal) =>
        root["protectionNeeds"] is JsonObject needs && needs[goal.ToKey()] is JsonObject need && Levels.TryParse(Text(need["level"]), out var level)
            ? level
            : null;

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>Replaces the key where it stands, or puts it after <paramref name="after"/> (at the end when that is missing too).</summary>
    private static void Put(JsonObject root, string key, JsonNode value, string after)
    {
        var index = root.IndexOf(key);
        if (index >= 0)
        {
            root[key] = value;
            return;
        }

        var anchor = root.IndexOf(after);
        root.Insert(anchor >= 0 ? anchor + 1 : root.Count, key, value);
    }

    private static JsonObject NeedsNode(IReadOnlyDictionary<ProtectionGoal, ProtectionNeed> needs)
    {
        var node = new JsonObject();
        foreach (var goal in ProtectionGoals.All)
        {
            node[goal.ToKey()] = new JsonObject { ["level"] = needs[goal].Level.ToKey(), ["reason"] = needs[goal].Reason };
        }

        return node;
    }

    /// <summary>The section exactly as <see cref="AssessmentJsonWriter"/> writes it, so both hosts write one format.</summary>
    private static JsonNode AssessmentNode(ProtectionNeedAssessment assessment)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            AssessmentJsonWriter.Write(json, assessment);
            json.WriteEndObject();
        }

        return JsonNode.Parse(buffer.ToArray())!["assessment"]!.DeepClone();
    }

    private static string Write(JsonObject root)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, s_write))
        {
            root.WriteTo(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static bool Same(string written, string original) =>
        string.Equals(written.TrimEnd(), original.ReplaceLineEndings("\n").TrimEnd(), StringComparison.Ordinal);
}
