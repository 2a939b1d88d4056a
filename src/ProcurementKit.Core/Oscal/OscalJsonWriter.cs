using System.Globalization;
using System.Text;
using System.Text.Json;
using ProcurementKit.Text;

namespace ProcurementKit.Oscal;

/// <summary>
/// The pieces every OSCAL document is made of (props, links, metadata), written with a <see cref="Utf8JsonWriter"/>:
/// no reflection, so the Native AOT command line can write them. Values are made single-line and trimmed, as
/// OSCAL's string type demands.
/// </summary>
internal sealed class OscalJsonWriter(Utf8JsonWriter json)
{
    public Utf8JsonWriter Json { get; } = json;

    public static byte[] Write(Action<OscalJsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOutput.Options))
        {
            write(new OscalJsonWriter(json));
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>A string property; skipped when the value is empty (OSCAL strings may not be empty).</summary>
    public void Line(string name, string? value)
    {
        var line = SingleLine(value);
        if (line.Length > 0)
        {
            Json.WriteString(name, line);
        }
    }

    /// <summary>Markdown prose, kept with its line breaks.</summary>
    public void Prose(string name, string text) => Json.WriteString(name, text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim());

    public void Props(IEnumerable<OscalProp> props)
    {
        var list = props.Where(p => SingleLine(p.Value).Length > 0).ToList();
        if (list.Count == 0)
        {
            return;
        }

        Json.WriteStartArray("props");
        foreach (var prop in list)
        {
            Json.WriteStartObject();
            Json.WriteString("name", prop.Name);
            if (prop.Ns is not null)
            {
                Json.WriteString("ns", prop.Ns);
            }

            Json.WriteString("value", SingleLine(prop.Value));
            if (prop.Class is not null)
            {
                Json.WriteString("class", OscalIds.Token(prop.Class));
            }

            Line("remarks", prop.Remarks);
            Json.WriteEndObject();
        }

        Json.WriteEndArray();
    }

    /// <summary>The metadata block every document starts with; dated with a release date, never the clock.</summary>
    public void Metadata(string title, string date, string version, IEnumerable<OscalProp> props, string? publisher)
    {
        Json.WriteStartObject("metadata");
        Line("title", title);
        Json.WriteString("last-modified", Timestamp(date));
        Line("version", version);
        Json.WriteString("oscal-version", OscalNames.Version);
        Props(props);
        if (SingleLine(publisher).Length > 0)
        {
            var party = Uuid5.For("party:" + publisher);
            Json.WriteStartArray("roles");
            Json.WriteStartObject();
            Json.WriteString("id", "creator");
            Json.WriteString("title", "Creator");
            Json.WriteEndObject();
            Json.WriteEndArray();
            Json.WriteStartArray("parties");
            Json.WriteStartObject();
            Json.WriteString("uuid", party);
            Json.WriteString("type", "organization");
            Line("name", publisher);
            Json.WriteEndObject();
            Json.WriteEndArray();
            Json.WriteStartArray("responsible-parties");
            Json.WriteStartObject();
            Json.WriteString("role-id", "creator");
            Json.WriteStartArray("party-uuids");
            Json.WriteStringValue(party);
            Json.WriteEndArray();
            Json.WriteEndObject();
            Json.WriteEndArray();
        }

        Json.WriteEndObject();
    }

    /// <summary>An ISO date (2026-12-06) as OSCAL's date-time with time zone, midnight UTC.</summary>
    public static string Timestamp(string date) =>
        DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    public static string SingleLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var line = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (c is '\n' or '\r' or '\t' or ' ')
            {
                space = true;
                continue;
            }

            if (space)
            {
                line.Append(' ');
                space = false;
            }

            line.Append(c);
        }

        return line.ToString();
    }
}
