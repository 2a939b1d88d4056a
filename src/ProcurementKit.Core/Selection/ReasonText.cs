using ProcurementKit.Catalog;
using ProcurementKit.Tenders;

namespace ProcurementKit.Selection;

/// <summary>Human reasons for selection decisions, in German and English.</summary>
internal static class ReasonText
{
    public static LocalizedText Included(Clause clause, IReadOnlyList<LotMatch> matches, RequirementsCatalog catalog)
    {
        var top = matches.MaxBy(m => m.Level)!;
        var lots = matches.Select(m => m.Lot.Id).ToList();
        var categories = matches.SelectMany(m => m.Categories).Distinct().ToList();
        return Build(lang =>
        {
            var labels = ReasonLabels.For(lang);
            var goal = top.Goal.Display(lang);
            var level = top.Level.Display(lang);
            var from = clause.FromLevel.Display(lang);
            var names = string.Join(", ", categories.Select(c => catalog.FindCategory(c)?.Name[lang] ?? c));
            var lotText = lots.Count == 1 ? labels.OneLot(lots[0]) : labels.SeveralLots(string.Join(", ", lots));
            var text = labels.Included(goal, level, from, lotText, names);
            if (clause.When.Count > 0)
            {
                var conditions = string.Join(", ", clause.When.Select(w => w.Value ? w.Key : $"not {w.Key}"));
                text += labels.ConditionMet(conditions);
            }

            if (clause.Deployment.Count > 0)
            {
                text += labels.Deployment(string.Join("/", clause.Deployment));
            }

            text += labels.Phase(clause.Phase.Display(lang));
            return text;
        });
    }

    public static LocalizedText PhaseNotProcured(Phase phase) => new(
        $"Phase {phase.Display(Language.German)} wird in dieser Ausschreibung nicht beschafft (Schlüssel 'phases')",
        $"phase {phase.Display(Language.English)} is not procured in this tender (key 'phases')");

    public static LocalizedText NotScoredUnderPriceOnly() => new(
        "bei reiner Preiswertung werden keine Wertungskriterien gewertet; das B-Kriterium entfällt (evaluation.method price-only)",
        "with the lowest-price method no scored criteria are evaluated; the B criterion is dropped (evaluation.method price-only)");

    public static LocalizedText ForcedIn() =>
        new("aufgenommen durch die Vergabestelle (Liste 'include' der Ausschreibung)", "included by the tender's 'include' list");

    public static LocalizedText ForcedOut() =>
        new("ausgeschlossen durch die Vergabestelle (Liste 'exclude' der Ausschreibung)", "excluded by the tender's 'exclude' list");

    public static LocalizedText Retired() => new("Klausel ist zurückgezogen (retired)", "clause is retired");

    public static LocalizedText Draft() =>
        new("Klausel ist ein Entwurf; die Ausschreibung erlaubt keine Entwürfe (allowDraft)", "clause is a draft and the tender does not set allowDraft");

    public static LocalizedText ReplacedBy(string id) =>
        new($"ersetzt durch {id}, das ebenfalls ausgewählt ist", $"replaced by {id}, which is also selected");

    /// <summary>Explains the most telling failure: the one that happened on the lot that came closest.</summary>
    public static LocalizedText NotApplicable(Clause clause, IReadOnlyList<LotMatch> matches, Tender tender, RequirementsCatalog catalog)
    {
        var closest = matches.OrderByDescending(m => m.Failure).First();
        return closest.Failure switch
        {
            MatchFailure.Level => Build(lang => ReasonLabels.For(lang).LevelTooLow(
                closest.Goal.Display(lang), matches.Max(m => m.Level).Display(lang), clause.FromLevel.Display(lang))),
            MatchFailure.Context => Build(lang =>
            {
                var unmet = string.Join(", ", clause.When.Where(w => tender.ContextValue(w.Key) != w.Value).Select(w => $"{w.Key}={(w.Value ? "true" : "false")}"));
                return ReasonLabels.For(lang).ConditionNotMet(unmet);
            }),
            MatchFailure.Deployment => Build(lang => ReasonLabels.For(lang).DeploymentOnly(string.Join("/", clause.Deployment))),
            _ => Build(lang =>
            {
                var names = string.Join(", ", clause.Categories.Select(c => catalog.FindCategory(c)?.Name[lang] ?? c));
                return ReasonLabels.For(lang).NoCategory(names);
            }),
        };
    }

    private static LocalizedText Build(Func<Language, string> text) => new(text(Language.German), text(Language.English));
}
