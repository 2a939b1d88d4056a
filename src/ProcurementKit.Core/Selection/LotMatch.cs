using ProcurementKit.Catalog;
using ProcurementKit.Tenders;

namespace ProcurementKit.Selection;

/// <summary>Why a clause does or does not apply to one lot.</summary>
internal enum MatchFailure
{
    None,
    Category,
    Deployment,
    Context,
    Level,
}

/// <summary>How one clause meets one lot: the driving goal and level, the matched categories, or why it fails.</summary>
internal sealed record LotMatch(Lot Lot, ProtectionGoal Goal, Level Level, IReadOnlyList<string> Categories, MatchFailure Failure)
{
    public bool Applies => Failure == MatchFailure.None;

    public static LotMatch Evaluate(Clause clause, Lot lot, Tender tender)
    {
        var (goal, level) = DrivingLevel(clause, lot, tender);
        var categories = clause.AppliesToAllCategories
            ? lot.Categories
            : [.. lot.Categories.Where(clause.Categories.Contains)];

        var failure = MatchFailure.None;
        if (categories.Count == 0)
        {
            failure = MatchFailure.Category;
        }
        else if (clause.Deployment.Count > 0 && (lot.Deployment is null || !clause.Deployment.Contains(lot.Deployment)))
        {
            failure = MatchFailure.Deployment;
        }
        else if (clause.When.Any(w => tender.ContextValue(w.Key) != w.Value))
        {
            failure = MatchFailure.Context;
        }
        else if (level < clause.FromLevel)
        {
            failure = MatchFailure.Level;
        }

        return new LotMatch(lot, goal, level, categories, failure);
    }

    /// <summary>The highest level the lot has among the clause's goals, and the first goal that has it.</summary>
    private static (ProtectionGoal Goal, Level Level) DrivingLevel(Clause clause, Lot lot, Tender tender)
    {
        var goals = clause.Goals.Count > 0 ? clause.Goals : ProtectionGoals.All;
        var best = goals[0];
        foreach (var goal in goals.Skip(1))
        {
            if (tender.NeedOf(lot, goal).Level > tender.NeedOf(lot, best).Level)
            {
                best = goal;
            }
        }

        return (best, tender.NeedOf(lot, best).Level);
    }
}
