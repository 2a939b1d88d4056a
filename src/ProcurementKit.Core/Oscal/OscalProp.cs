namespace ProcurementKit.Oscal;

/// <summary>An OSCAL property: a name (within a namespace when it is ProcurementKit's own), a value and an optional class.</summary>
public sealed record OscalProp(string Name, string Value, string? Ns = null, string? Class = null)
{
    public string? Remarks { get; init; }

    /// <summary>A ProcurementKit prop (in <see cref="OscalNames.Namespace"/>).</summary>
    public static OscalProp Own(string name, string value, string? cls = null) => new(name, value, OscalNames.Namespace, cls);

    public bool IsOwn => Ns == OscalNames.Namespace;
}
