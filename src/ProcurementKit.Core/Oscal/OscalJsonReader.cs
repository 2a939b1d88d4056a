using System.Text.Json;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Oscal;

/// <summary>
/// Walks a parsed OSCAL document and reports what is not where OSCAL puts it, with the JSON path
/// (<c>$.catalog.groups[1].controls[0].id</c>). Unknown members are ignored: OSCAL documents carry much this tool does not need.
/// </summary>
internal sealed class OscalJsonReader(string file, List<Diagnostic> problems)
{
    public string File => file;

    public List<Diagnostic> Problems => problems;

    /// <summary>Parses the text; null (and a diagnostic with line and column) when it is not JSON.</summary>
    public static JsonDocument? Parse(Stream json, string file, List<Diagnostic> problems)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 128 });
        }
        catch (JsonException e)
        {
            problems.Add(OscalDiagnostics.NotJson(file, e.LineNumber + 1, e.BytePositionInLine + 1, FirstSentence(e.Message)));
            return null;
        }
    }

    /// <summary>The member as an object; reports a missing (when required) or mistyped member.</summary>
    public JsonElement? Object(JsonElement parent, string name, string path, bool required = false) =>
        Member(parent, name, path, JsonValueKind.Object, "an object", required);

    public IEnumerable<(JsonElement Item, string Path)> Array(JsonElement parent, string name, string path, bool required = false)
    {
        if (Member(parent, name, path, JsonValueKind.Array, "an array", required) is not { } array)
        {
            yield break;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            yield return (item, $"{path}.{name}[{index++}]");
        }
    }

    /// <summary>The array's items that are objects; other items are reported.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Objects(JsonElement parent, string name, string path, bool required = false)
    {
        foreach (var (item, itemPath) in Array(parent, name, path, required))
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                yield return (item, itemPath);
            }
            else
            {
                problems.Add(OscalDiagnostics.WrongType(file, itemPath, "an object", Kind(item)));
            }
        }
    }

    public string? String(JsonElement parent, string name, string path, bool required = false) =>
        Member(parent, name, path, JsonValueKind.String, "a string", required)?.GetString();

    public IReadOnlyList<string> Strings(JsonElement parent, string name, string path) =>
        [.. Array(parent, name, path).Where(i => Expect(i.Item, i.Path, JsonValueKind.String, "a string")).Select(i => i.Item.GetString()!)];

    public IReadOnlyList<OscalProp> Props(JsonElement parent, string path) =>
        [.. Objects(parent, "props", path).Select(p => (p, Name: String(p.Item, "name", p.Path, true), Value: String(p.Item, "value", p.Path, true)))
            .Where(p => p.Name is not null && p.Value is not null)
            .Select(p => new OscalProp(p.Name!, p.Value!, String(p.p.Item, "ns", p.p.Path), String(p.p.Item, "class", p.p.Path)))];

    private JsonElement? Member(JsonElement parent, string name, string path, JsonValueKind kind, string expected, bool required)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            if (required)
            {
                problems.Add(OscalDiagnostics.MissingMember(file, path, name));
            }

            return null;
        }

        return Expect(value, $"{path}.{name}", kind, expected) ? value : null;
    }

    private bool Expect(JsonElement value, string path, JsonValueKind kind, string expected)
    {
        if (value.ValueKind == kind)
        {
            return true;
        }

        problems.Add(OscalDiagnostics.WrongType(file, path, expected, Kind(value)));
        return false;
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd('.', ' ') : message.TrimEnd('.', ' ');
    }
}
