using ProcurementKit.Catalog;
using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Diagnostics;
using ProcurementKit.Tenders.Assessment;

namespace ProcurementKit.Cli.Commands;

/// <summary>
/// The protection-need questionnaire on the terminal: per damage scenario the question and what each level means,
/// per goal a level and a reason, then per goal an optional cumulation or distribution effect. The texts and every
/// rule come from the core (<see cref="ProtectionNeedGuidance"/>, <see cref="ProtectionNeedDetermination"/>).
/// </summary>
internal sealed class AssessmentQuestionnaire(TextReader input, TextWriter output, Language language)
{
    private readonly bool _german = language == Language.German;

    public ProtectionNeedAssessment Ask(ProtectionNeedAssessment? existing)
    {
        Introduce();
        var assessment = ProtectionNeedAssessment.Empty;
        foreach (var (scenario, index) in DamageScenarios.All.Select((s, i) => (s, i + 1)))
        {
            output.WriteLine();
            output.WriteLine($"[{index}/{DamageScenarios.All.Count}] {scenario.Display(language)}");
            output.WriteLine(ProtectionNeedGuidance.Question(scenario)[language]);
            foreach (var level in Levels.All)
            {
                output.WriteLine($"  {Letter(level)} = {level.Display(language)}: {ProtectionNeedGuidance.Guidance(scenario, level)[language]}");
            }

            foreach (var goal in ProtectionGoals.All)
            {
                var earlier = existing?.RatingOf(scenario, goal);
                var level = AskLevel($"{scenario.ToKey()}/{goal.ToKey()}", $"  {Capitalised(goal.Display(language))}", earlier?.Level);
                var reason = AskReason($"{scenario.ToKey()}/{goal.ToKey()}", level, earlier);
                assessment = assessment.With(scenario, goal, level, reason);
            }
        }

        return AskAdjustments(assessment, existing);
    }

    private void Introduce()
    {
        output.WriteLine(_german
            ? "Schutzbedarfsfeststellung nach BSI-Standard 200-2: Für jedes der sechs Schadensszenarien wird eingeschätzt, wie schwer ein Schaden bei Verlust von Vertraulichkeit, Integrität und Verfügbarkeit wäre."
            : "Protection-need determination after BSI Standard 200-2: for each of the six damage scenarios, judge how severe the damage would be if confidentiality, integrity or availability were lost.");
        foreach (var level in Levels.All)
        {
            output.WriteLine($"  {level.Display(language)}: {ProtectionNeedGuidance.Category(level)[language]}");
        }

        foreach (var goal in ProtectionGoals.All)
        {
            output.WriteLine($"- {ProtectionNeedGuidance.Goal(goal)[language]}");
        }

        output.WriteLine(_german
            ? "Stufe: n = normal, h = hoch, s = sehr hoch (oder 1/2/3). Ab hoch ist eine Begründung nötig. Enter übernimmt die frühere Antwort (sonst normal)."
            : "Level: n = normal, h = high, v = very high (or 1/2/3). High and above need a reason. Enter keeps the earlier answer (else normal).");
    }

    private Level AskLevel(string where, string prompt, Level? earlier)
    {
        var fallback = earlier ?? Level.Normal;
        while (true)
        {
            output.Write($"{prompt} [{Letters}, Enter = {fallback.Display(language)}]: ");
            var answer = ReadLine(where).Trim().ToLowerInvariant();
            if (answer.Length == 0)
            {
                return fallback;
            }

            if (ParseLevel(answer) is { } level)
            {
                return level;
            }

            output.WriteLine(_german ? $"    '{answer}' ist keine Stufe; n, h oder s (1, 2, 3)." : $"    '{answer}' is not a level; n, h or v (1, 2, 3).");
        }
    }

    private string AskReason(string where, Level level, ScenarioRating? earlier)
    {
        var keep = earlier is { Reason.Length: > 0 } && earlier.Level == level ? earlier.Reason : null;
        while (true)
        {
            var hint = keep is null
                ? level == Level.Normal ? (_german ? "optional" : "optional") : (_german ? "erforderlich" : "required")
                : (_german ? "Enter = bisherige" : "Enter = keep the earlier one");
            output.Write(_german ? $"    Begründung ({hint}): " : $"    Reason ({hint}): ");
            var reason = ReadLine(where).Trim();
            if (reason.Length > 0 || keep is not null || level == Level.Normal)
            {
                return reason.Length > 0 ? reason : keep ?? string.Empty;
            }

            output.WriteLine(_german
                ? "    Ab hoch verlangt BSI 200-2 eine Begründung: Was könnte geschehen?"
                : "    From high upwards BSI 200-2 asks for a reason: what could happen?");
        }
    }

    private ProtectionNeedAssessment AskAdjustments(ProtectionNeedAssessment assessment, ProtectionNeedAssessment? existing)
    {
        output.WriteLine();
        output.WriteLine(_german
            ? "Maximumprinzip – Kumulationseffekt (mehrere Schäden addieren sich, der Schutzbedarf steigt) oder Verteilungseffekt (der Schaden verteilt sich oder bleibt begrenzt, der Schutzbedarf sinkt):"
            : "Maximum principle – cumulation effect (several damages add up, the need rises) or distribution effect (the damage is spread or contained, the need falls):");
        foreach (var goal in ProtectionGoals.All)
        {
            var determination = ProtectionNeedDetermination.DetermineGoal(assessment, goal);
            var earlier = existing?.AdjustmentOf(goal);
            while (true)
            {
                var candidate = assessment.WithAdjustment(goal, AskAdjustment(goal, determination.Maximum, earlier));
                var problems = ProtectionNeedDetermination.Check(candidate, "answers")
                    .Where(p => p.Position.Key?.StartsWith($"assessment:adjustments:{goal.ToKey()}", StringComparison.Ordinal) == true)
                    .ToList();
                if (problems.Count == 0)
                {
                    assessment = candidate;
                    break;
                }

                foreach (var problem in problems)
                {
                    output.WriteLine($"    {problem.Message}{(problem.Fix is null ? string.Empty : $"; {problem.Fix}")}");
                }
            }
        }

        return assessment;
    }

    private NeedAdjustment? AskAdjustment(ProtectionGoal goal, Level maximum, NeedAdjustment? earlier)
    {
        var where = $"adjustments/{goal.ToKey()}";
        var keep = earlier is null ? (_german ? "keiner" : "none") : earlier.Effect.Display(language);
        output.Write(_german
            ? $"  {Capitalised(goal.Display(language))}: {maximum.Display(language)}. Effekt? [k = Kumulation, v = Verteilung, - = keiner, Enter = {keep}]: "
            : $"  {Capitalised(goal.Display(language))}: {maximum.Display(language)}. Effect? [c = cumulation, d = distribution, - = none, Enter = {keep}]: ");
        var answer = ReadLine(where).Trim().ToLowerInvariant();
        AdjustmentEffect effect;
        switch (answer)
        {
            case "" when earlier is not null:
                return earlier;
            case "" or "-" or "0":
                return null;
            case "k" or "c" or "cumulation" or "kumulation":
                effect = AdjustmentEffect.Cumulation;
                break;
            case "v" or "d" or "distribution" or "verteilung":
                effect = AdjustmentEffect.Distribution;
                break;
            default:
                output.WriteLine(_german ? $"    '{answer}' ist kein Effekt." : $"    '{answer}' is not an effect.");
                return AskAdjustment(goal, maximum, earlier);
        }

        var level = AskLevel(where, _german ? "    Neue Stufe" : "    New level", null);
        output.Write(_german ? "    Begründung (erforderlich): " : "    Reason (required): ");
        return new NeedAdjustment(effect, level, ReadLine(where).Trim());
    }

    private string ReadLine(string where) =>
        input.ReadLine() ?? throw new CliFailureException(TenderDiagnostics.AnswersEnded(where));

    private string Letters => _german ? "n/h/s" : "n/h/v";

    private string Letter(Level level) => level switch
    {
        Level.Normal => "n",
        Level.High => "h",
        _ => _german ? "s" : "v",
    };

    private static Level? ParseLevel(string answer) => answer switch
    {
        "n" or "1" or "normal" => Level.Normal,
        "h" or "2" or "hoch" or "high" => Level.High,
        "s" or "v" or "3" or "sehr hoch" or "very high" or "very-high" => Level.VeryHigh,
        _ => null,
    };

    private string Capitalised(string text) => text.Length == 0 ? text : char.ToUpper(text[0], language.Culture()) + text[1..];
}
