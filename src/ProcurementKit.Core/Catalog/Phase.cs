namespace ProcurementKit.Catalog;

/// <summary>Lifecycle phases of the BSI smart-city recommendations.</summary>
public enum Phase
{
    Experiment,
    Planning,
    Implementation,
    Operation,
    Decommissioning,
}

public static class Phases
{
    public static readonly IReadOnlyList<string> Names =
        ["experiment", "planning", "implementation", "operation", "decommissioning"];

    public static string ToKey(this Phase phase) => Names[(int)phase];

    public static bool TryParse(string? text, out Phase phase)
    {
        var index = Names.ToList().IndexOf(text ?? string.Empty);
        phase = index < 0 ? Phase.Planning : (Phase)index;
        return index >= 0;
    }

    public static string Display(this Phase phase, Language language) => (phase, language) switch
    {
        (Phase.Experiment, Language.German) => "Experimentierphase",
        (Phase.Planning, Language.German) => "Planungsphase",
        (Phase.Implementation, Language.German) => "Implementierungsphase",
        (Phase.Operation, Language.German) => "Betriebsphase",
        (Phase.Decommissioning, Language.German) => "Aussonderungsphase",
        (Phase.Experiment, _) => "experiment",
        (Phase.Planning, _) => "planning",
        (Phase.Implementation, _) => "implementation",
        (Phase.Operation, _) => "operation",
        _ => "decommissioning",
    };
}
