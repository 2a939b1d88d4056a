namespace ProcurementKit.Catalog;

/// <summary>The kind of value a clause parameter holds.</summary>
public enum ParameterType
{
    Integer,
    Number,
    Text,
}

/// <summary>A number that belongs into a clause text, with defaults that rise with the level.</summary>
public sealed record Parameter(
    string Name,
    ParameterType Type,
    string Unit,
    decimal? Min,
    decimal? Max,
    IReadOnlyDictionary<Level, string> Defaults)
{
    public static readonly IReadOnlyList<string> Units =
        ["years", "months", "weeks", "days", "hours", "minutes", "percent", "bits", "count", "none"];

    public static readonly IReadOnlyList<string> TypeNames = ["integer", "number", "text"];

    public bool IsNumeric => Type != ParameterType.Text;

    /// <summary>
    /// What the value is, in words a reader of the review document understands ("Supportzeitraum" / "Support
    /// period"); null when the catalog gives none, and then readers fall back to <see cref="Name"/>.
    /// </summary>
    public LocalizedText? Label { get; init; }

    /// <summary>The label in a language, else the machine name.</summary>
    public string Display(Language language) => Label?[language] is { Length: > 0 } label ? label : Name;

    /// <summary>The default for a level, falling back to the nearest lower level that has one.</summary>
    public string? DefaultFor(Level level)
    {
        for (var l = (int)level; l >= 0; l--)
        {
            if (Defaults.TryGetValue((Level)l, out var value))
            {
                return value;
            }
        }

        return Defaults.Count > 0 ? Defaults.OrderBy(d => d.Key).First().Value : null;
    }
}
