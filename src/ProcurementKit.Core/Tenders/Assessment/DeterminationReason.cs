using ProcurementKit.Catalog;

namespace ProcurementKit.Tenders.Assessment;

/// <summary>
/// The generated reason of a goal's protection need: the maximum and the scenarios (with the officer's reasons)
/// that set it, then the adjustment and its reason. German and English.
/// </summary>
internal static class DeterminationReason
{
    public static string For(GoalDetermination goal, ProtectionNeedAssessment assessment, Language language)
    {
        var german = language == Language.German;
        var level = goal.Maximum.Display(language);
        var text = goal.Drivers.Count == 0
            ? german
                ? $"Maximumprinzip: normal; in keinem der sechs Schadensszenarien ist mehr als ein begrenzter und überschaubarer Schaden zu erwarten."
                : $"Maximum principle: normal; none of the six damage scenarios leads to more than limited and manageable damage."
            : german
                ? $"Maximumprinzip: {level} nach {Drivers(goal, assessment, language)}."
                : $"Maximum principle: {level} from {Drivers(goal, assessment, language)}.";
        if (goal.Adjustment is { } adjustment)
        {
            var moved = (adjustment.Effect, german) switch
            {
                (AdjustmentEffect.Cumulation, true) => "angehoben auf",
                (AdjustmentEffect.Distribution, true) => "abgesenkt auf",
                (AdjustmentEffect.Cumulation, false) => "raised to",
                _ => "lowered to",
            };
            text += $" {Capitalised(adjustment.Effect.Display(language))}: {moved} {adjustment.Level.Display(language)} – {Sentence(adjustment.Reason)}.";
        }

        return text;
    }

    private static string Drivers(GoalDetermination goal, ProtectionNeedAssessment assessment, Language language)
    {
        var (open, close) = language == Language.German ? ("„", "“") : ("“", "”");
        var noun = (goal.Drivers.Count == 1, language == Language.German) switch
        {
            (true, true) => "dem Schadensszenario",
            (false, true) => "den Schadensszenarien",
            (true, false) => "the damage scenario",
            _ => "the damage scenarios",
        };
        var parts = goal.Drivers.Select(s =>
        {
            var reason = Sentence(assessment.RatingOf(s, goal.Goal)?.Reason ?? string.Empty);
            var name = $"{open}{s.Display(language)}{close}";
            return reason.Length == 0 ? name : $"{name} – {reason}";
        });
        return $"{noun} {string.Join("; ", parts)}";
    }

    /// <summary>The officer's reason without its closing full stop, so it can sit inside the generated sentence.</summary>
    private static string Sentence(string reason) => reason.Trim().TrimEnd('.').Trim();

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
