using ProcurementKit.Catalog;

namespace ProcurementKit.Selection;

/// <summary>The words of selection reasons (<see cref="ReasonText"/>) and of the decision table in one language.</summary>
internal sealed class ReasonLabels
{
    public static readonly ReasonLabels German = new()
    {
        OneLot = lot => $"Los {lot} beschafft",
        SeveralLots = lots => $"Lose {lots} beschaffen",
        Included = (goal, level, from, lots, names) => $"aufgenommen, weil {goal} {level} ist (Klausel gilt ab {from}) und {lots}: {names}",
        ConditionMet = conditions => $"; Bedingung erfüllt: {conditions}",
        Deployment = deployment => $"; Betriebsmodell {deployment}",
        Phase = phase => $"; {phase} ist Gegenstand des Auftrags",
        LevelTooLow = (goal, level, from) => $"{goal} ist höchstens {level}; die Klausel gilt ab {from}",
        ConditionNotMet = unmet => $"Bedingung nicht erfüllt: {unmet}",
        DeploymentOnly = deployment => $"gilt nur für Betriebsmodell {deployment}",
        NoCategory = names => $"kein Los beschafft eine passende Kategorie ({names})",
        TableHeaders = ["Nr.", "ID", "Aufgenommen", "Art", "Lose", "Begründung"],
        Yes = "ja",
        No = "nein",
        Summary = (selected, a, b, excluded) => $"{selected} Anforderungen ausgewählt ({a} A, {b} B), {excluded} Klauseln nicht ausgewählt.\n",
    };

    public static readonly ReasonLabels English = new()
    {
        OneLot = lot => $"lot {lot} buys",
        SeveralLots = lots => $"lots {lots} buy",
        Included = (goal, level, from, lots, names) => $"included because {goal} is {level} (clause applies from {from}) and {lots}: {names}",
        ConditionMet = conditions => $"; condition met: {conditions}",
        Deployment = deployment => $"; deployment {deployment}",
        Phase = phase => $"; the {phase} phase is part of the contract",
        LevelTooLow = (goal, level, from) => $"{goal} is at most {level}; the clause applies from {from}",
        ConditionNotMet = unmet => $"condition not met: {unmet}",
        DeploymentOnly = deployment => $"applies only to deployment {deployment}",
        NoCategory = names => $"no lot buys a matching category ({names})",
        TableHeaders = ["No.", "ID", "Included", "Type", "Lots", "Reason"],
        Yes = "yes",
        No = "no",
        Summary = (selected, a, b, excluded) => $"{selected} requirements selected ({a} A, {b} B), {excluded} clauses not selected.\n",
    };

    // Why a clause is included: the lots that buy, then goal, level, the clause's level, lots text and category names.
    public required Func<string, string> OneLot { get; init; }
    public required Func<string, string> SeveralLots { get; init; }
    public required Func<string, string, string, string, string, string> Included { get; init; }
    public required Func<string, string> ConditionMet { get; init; }
    public required Func<string, string> Deployment { get; init; }
    public required Func<string, string> Phase { get; init; }

    // Why a clause does not apply.
    public required Func<string, string, string, string> LevelTooLow { get; init; }
    public required Func<string, string> ConditionNotMet { get; init; }
    public required Func<string, string> DeploymentOnly { get; init; }
    public required Func<string, string> NoCategory { get; init; }

    // The decision table.
    public required IReadOnlyList<string> TableHeaders { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }

    /// <summary>Selected requirements, A and B counts, clauses not selected.</summary>
    public required Func<int, int, int, int, string> Summary { get; init; }

    public static ReasonLabels For(Language language) => language == Language.German ? German : English;
}
