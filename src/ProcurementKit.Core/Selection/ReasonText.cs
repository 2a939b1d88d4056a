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
            var de = lang == Language.German;
            var goal = top.Goal.Display(lang);
            var level = top.Level.Display(lang);
            var from = clause.FromLevel.Display(lang);
            var names = string.Join(", ", categories.Select(c => catalog.FindCategory(c)?.Name[lang] ?? c));
            var lotText = de
                ? (lots.Count == 1 ? $"Los {lots[0]} beschafft" : $"Lose {string.Join(", ", lots)} beschaffen")
                : (lots.Count == 1 ? $"lot {lots[0]} buys" : $"lots {string.Join(", ", lots)} buy");
            var text = de
                ? $"aufgenommen, weil {goal} {level} ist (Klausel gilt ab {from}) und {lotText}: {names}"
                : $"included because {goal} is {level} (clause applies from {from}) and {lotText}: {names}";
            if (clause.When.Count > 0)
            {
                var conditions = string.Join(", ", clause.When.Select(w => w.Value ? w.Key : $"not {w.Key}"));
                text += de ? $"; Bedingung erfüllt: {conditions}" : $"; condition met: {conditions}";
            }

            if (clause.Deployment.Count > 0)
            {
                text += de ? $"; Betriebsmodell {string.Join("/", clause.Deployment)}" : $"; deployment {string.Join("/", clause.Deployment)}";
            }

            text += de ? $"; {clause.Phase.Display(lang)} ist Gegenstand des Auftrags" : $"; the {clause.Phase.Display(lang)} phase is part of the contract";
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
            MatchFailure.Level => Build(lang => lang == Language.German
                ? $"{closest.Goal.Display(lang)} ist höchstens {matches.Max(m => m.Level).Display(lang)}; die Klausel gilt ab {clause.FromLevel.Display(lang)}"
                : $"{closest.Goal.Display(lang)} is at most {matches.Max(m => m.Level).Display(lang)}; the clause applies from {clause.FromLevel.Display(lang)}"),
            MatchFailure.Context => Build(lang =>
            {
                var unmet = string.Join(", ", clause.When.Where(w => tender.ContextValue(w.Key) != w.Value).Select(w => $"{w.Key}={(w.Value ? "true" : "false")}"));
                return lang == Language.German ? $"Bedingung nicht erfüllt: {unmet}" : $"condition not met: {unmet}";
            }),
            MatchFailure.Deployment => Build(lang => lang == Language.German
                ? $"gilt nur für Betriebsmodell {string.Join("/", clause.Deployment)}"
                : $"applies only to deployment {string.Join("/", clause.Deployment)}"),
            _ => Build(lang =>
            {
                var names = string.Join(", ", clause.Categories.Select(c => catalog.FindCategory(c)?.Name[lang] ?? c));
                return lang == Language.German ? $"kein Los beschafft eine passende Kategorie ({names})" : $"no lot buys a matching category ({names})";
            }),
        };
    }

    private static LocalizedText Build(Func<Language, string> text) => new(text(Language.German), text(Language.English));
}
