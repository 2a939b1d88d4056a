namespace ProcurementKit.Oscal;

/// <summary>A link of an OSCAL control (e.g. a reference to a back-matter resource).</summary>
public sealed record OscalLink(string Href, string? Rel, string? ResourceFragment, string? Text);

/// <summary>A part (statement, guidance, ...) with its prose and sub-parts.</summary>
public sealed record OscalPart(string? Id, string Name, string? Ns, string Prose, IReadOnlyList<OscalPart> Parts);

/// <summary>A parameter of a control: id, label, props, values and constraint tests.</summary>
public sealed record OscalParam(string Id, string? Label, IReadOnlyList<OscalProp> Props, IReadOnlyList<string> Values);

/// <summary>One control, wherever it sits in the document (groups and parent controls flattened).</summary>
public sealed record OscalControl(
    string Id,
    string Title,
    string? Class,
    IReadOnlyList<string> Groups,
    IReadOnlyList<OscalProp> Props,
    IReadOnlyList<OscalParam> Params,
    IReadOnlyList<OscalLink> Links,
    IReadOnlyList<OscalPart> Parts,
    string Path)
{
    /// <summary>The id of the control's top-level group, empty when it has none (e.g. "BES").</summary>
    public string Group => Groups.Count > 0 ? Groups[0] : string.Empty;

    public string? Prop(string name, string? ns = null, string? cls = null) =>
        Props.FirstOrDefault(p => p.Name == name && p.Ns == ns && (cls is null || p.Class == cls))?.Value;

    public IEnumerable<string> PropValues(string name, string? ns = null) => Props.Where(p => p.Name == name && p.Ns == ns).Select(p => p.Value);
}

/// <summary>A back-matter resource: uuid, title and props.</summary>
public sealed record OscalResource(string Uuid, string? Title, IReadOnlyList<OscalProp> Props);

/// <summary>An OSCAL catalog as read: metadata, every control in document order, the back-matter resources.</summary>
public sealed record OscalCatalog(
    string File,
    string Uuid,
    string Title,
    string Version,
    string OscalVersion,
    IReadOnlyList<OscalProp> Props,
    IReadOnlyList<OscalControl> Controls,
    IReadOnlyList<OscalResource> Resources)
{
    public OscalControl? Find(string id) => Controls.FirstOrDefault(c => c.Id == id);
}

/// <summary>One relationship of an OSCAL mapping: source control, target control and how they relate.</summary>
public sealed record OscalMapEntry(string Source, string Target, string Relationship);

/// <summary>An OSCAL mapping collection as read: every source-target pair of all its mappings.</summary>
public sealed record OscalMapping(string File, string Title, IReadOnlyList<OscalMapEntry> Entries);
