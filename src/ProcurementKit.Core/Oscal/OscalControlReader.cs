using System.Text.Json;

namespace ProcurementKit.Oscal;

/// <summary>Reads the controls of a catalog, its groups and nested controls, into one list in document order.</summary>
internal sealed class OscalControlReader(OscalJsonReader reader, List<OscalControl> controls)
{
    /// <summary>A catalog or group: its controls, then its groups.</summary>
    public void ReadContainer(JsonElement container, string path, IReadOnlyList<string> groups)
    {
        foreach (var (control, controlPath) in reader.Objects(container, "controls", path))
        {
            ReadControl(control, controlPath, groups);
        }

        foreach (var (group, groupPath) in reader.Objects(container, "groups", path))
        {
            var id = reader.String(group, "id", groupPath) ?? reader.String(group, "title", groupPath, required: true) ?? string.Empty;
            ReadContainer(group, groupPath, [.. groups, id]);
        }
    }

    private void ReadControl(JsonElement control, string path, IReadOnlyList<string> groups)
    {
        var id = reader.String(control, "id", path, required: true);
        var title = reader.String(control, "title", path, required: true);
        if (id is not null && title is not null)
        {
            controls.Add(new OscalControl(
                id,
                title,
                reader.String(control, "class", path),
                groups,
                reader.Props(control, path),
                [.. reader.Objects(control, "params", path).Select(p => Param(p.Item, p.Path)).OfType<OscalParam>()],
                [.. reader.Objects(control, "links", path).Select(l => Link(l.Item, l.Path)).OfType<OscalLink>()],
                Parts(control, path),
                path));
        }

        foreach (var (child, childPath) in reader.Objects(control, "controls", path))
        {
            ReadControl(child, childPath, groups);
        }
    }

    private OscalParam? Param(JsonElement param, string path) =>
        reader.String(param, "id", path, required: true) is { } id
            ? new OscalParam(id, reader.String(param, "label", path), reader.Props(param, path), reader.Strings(param, "values", path))
            : null;

    private OscalLink? Link(JsonElement link, string path) =>
        reader.String(link, "href", path, required: true) is { } href
            ? new OscalLink(href, reader.String(link, "rel", path), reader.String(link, "resource-fragment", path), reader.String(link, "text", path))
            : null;

    private List<OscalPart> Parts(JsonElement parent, string path) =>
        [.. reader.Objects(parent, "parts", path)
            .Select(p => (p, Name: reader.String(p.Item, "name", p.Path, required: true)))
            .Where(p => p.Name is not null)
            .Select(p => new OscalPart(reader.String(p.p.Item, "id", p.p.Path), p.Name!, reader.String(p.p.Item, "ns", p.p.Path),
                reader.String(p.p.Item, "prose", p.p.Path) ?? string.Empty, Parts(p.p.Item, p.p.Path)))];
}
