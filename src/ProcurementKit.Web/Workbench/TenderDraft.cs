using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProcurementKit.Catalog;
using ProcurementKit.Workflow;

namespace ProcurementKit.Web.Workbench;

/// <summary>
/// The tender the officer is building, as the tender.json it will become. It travels with the page in a hidden
/// field (nothing is kept on the server), each wizard step writes its keys, and only the core reads it as a
/// tender: a draft may be incomplete until the preview asks <see cref="Prepare"/>.
/// </summary>
public sealed class TenderDraft
{
    public const string FileName = "tender.json";

    /// <summary>Largest tender text accepted from a form or an upload.</summary>
    public const int MaxBytes = 1024 * 1024;

    private static readonly JsonSerializerOptions s_compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions s_indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    private TenderDraft(JsonObject root) => Root = root;

    /// <summary>The tender's keys as the file has them (docs/tender-format.md).</summary>
    public JsonObject Root { get; }

    /// <summary>A new tender: German documents, dated <paramref name="today"/>, one lot, normal protection needs.</summary>
    public static TenderDraft New(DateOnly today) => new(new JsonObject
    {
        ["title"] = string.Empty,
        ["reference"] = string.Empty,
        ["authority"] = string.Empty,
        ["language"] = "de",
        ["date"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["description"] = string.Empty,
        ["lots"] = new JsonArray(new JsonObject { ["id"] = "1", ["title"] = string.Empty, ["categories"] = new JsonArray() }),
    });

    /// <summary>The draft in a form's hidden field or an uploaded file; null with the reason when it is not a JSON object.</summary>
    public static TenderDraft? Parse(string? text, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "the tender is empty; start a new tender or open a tender.json";
            return null;
        }

        if (Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            problem = $"the tender is larger than {MaxBytes / 1024} KB; a tender.json is a few KB";
            return null;
        }

        try
        {
            if (JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) is JsonObject root)
            {
                return new TenderDraft(root);
            }

            problem = "the file is JSON but not an object; a tender.json starts with '{'";
        }
        catch (JsonException e)
        {
            problem = $"the file is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}); check it in a text editor or start a new tender";
        }

        return null;
    }

    public string? Text(string key) => Root[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public void SetText(string key, string? value) => Root[key] = (value ?? string.Empty).Trim();

    /// <summary>The object under <paramref name="key"/>, created (or replacing a value of another kind) when missing.</summary>
    public JsonObject Section(string key)
    {
        if (Root[key] is JsonObject section)
        {
            return section;
        }

        var created = new JsonObject();
        Root[key] = created;
        return created;
    }

    /// <summary>The lots as the file has them; a missing or malformed <c>lots</c> becomes an empty list.</summary>
    public JsonArray Lots()
    {
        if (Root["lots"] is JsonArray lots)
        {
            return lots;
        }

        var created = new JsonArray();
        Root["lots"] = created;
        return created;
    }

    /// <summary>A text value inside an object, or null when it is missing or not text.</summary>
    public static string? TextOf(JsonNode? node, string key) =>
        node is JsonObject o && o[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>A value as the text the core reads (numbers and booleans in invariant spelling), or null.</summary>
    public static string? ScalarOf(JsonNode? node, string key) =>
        node is JsonObject o && o[key] is JsonValue value
            ? value.GetValueKind() switch
            {
                JsonValueKind.String => value.GetValue<string>(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
                _ => null,
            }
            : null;

    /// <summary>A number typed into a form as a JSON number (invariant culture, comma accepted); other text stays text, so the core names the problem.</summary>
    public static JsonNode NumberOrText(string? typed)
    {
        var text = (typed ?? string.Empty).Trim();
        var invariant = text.Replace(',', '.');
        if (decimal.TryParse(invariant, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && !invariant.Contains(' ', StringComparison.Ordinal))
        {
            return number == decimal.Truncate(number) && Math.Abs(number) < long.MaxValue
                ? JsonValue.Create((long)number)
                : JsonValue.Create(number);
        }

        return JsonValue.Create(text);
    }

    /// <summary>The draft for the hidden field: one line, so no browser touches its line breaks.</summary>
    public string ToHiddenValue() => Root.ToJsonString(s_compact);

    /// <summary>The draft as the tender.json the officer downloads.</summary>
    public string ToFileText() => Root.ToJsonString(s_indented);

    /// <summary>The core's reading of the draft: the same checks and messages as the command line.</summary>
    public WorkflowResult<PreparedTender> Prepare(RequirementsCatalog catalog, string? languageCode = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(ToFileText()));
        return TenderWorkflow.Prepare(catalog, stream, FileName, languageCode);
    }
}
