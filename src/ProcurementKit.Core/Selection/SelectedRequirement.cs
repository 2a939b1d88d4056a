using ProcurementKit.Catalog;

namespace ProcurementKit.Selection;

/// <summary>A parameter value as the tender uses it, with where it came from.</summary>
public sealed record ResolvedParameter(string Name, string Value, string Unit, ParameterSource Source, LocalizedText Display);

/// <summary>Whether a parameter value is the clause's default for the level or the tender's own.</summary>
public enum ParameterSource
{
    Default,
    Tender,
}

/// <summary>A clause as the tender demands it: for which lots, at which level, A or B, with its text filled in.</summary>
public sealed record SelectedRequirement(
    string Number,
    Clause Clause,
    IReadOnlyList<string> Lots,
    ProtectionGoal DrivingGoal,
    Level Level,
    Obligation Obligation,
    IReadOnlyList<ResolvedParameter> Parameters,
    LocalizedText Title,
    LocalizedText Text,
    LocalizedText Evidence,
    LocalizedText Reason)
{
    public string Id => Clause.Id;

    public ResolvedParameter? Parameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);
}

/// <summary>A clause the tender does not use, with the reason.</summary>
public sealed record ExcludedClause(string Id, LocalizedText Reason);
