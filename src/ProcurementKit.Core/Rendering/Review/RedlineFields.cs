using ProcurementKit.Catalog;
using ProcurementKit.Review;

namespace ProcurementKit.Rendering.Review;

/// <summary>
/// A row of a clause's table in the redline: a label and how to print the value from either release.
/// <paramref name="Always"/> rows identify the clause and are shown even when unchanged.
/// </summary>
internal sealed record RedlineRow(string Label, Func<ClauseDisplay, Clause, string?> Value, bool Always = false);

/// <summary>The rows the redline shows for every changed clause, and the reader's names for changed fields.</summary>
internal static class RedlineFields
{
    public static IEnumerable<RedlineRow> Rows(ClauseChange change, ReviewLabels l)
    {
        yield return new($"{l.Title} (de)", (_, c) => c.German.Title, Always: true);
        yield return new($"{l.Title} (en)", (_, c) => c.English.Title);
        yield return new(l.Version, (_, c) => c.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), Always: true);
        yield return new(l.Status, (d, c) => d.Status(c), Always: true);
        yield return new(l.Approval, (d, c) => d.Approval(c));
        yield return new(l.LegalNote, (d, c) => d.LegalNote(c));
        yield return new(l.Topic, (d, c) => d.Topic(c));
        yield return new(l.Phase, (d, c) => d.Phase(c));
        yield return new(l.Categories, (d, c) => d.Categories(c));
        yield return new(l.Goals, (d, c) => d.Goals(c));
        yield return new(l.FromLevel, (d, c) => d.FromLevel(c));
        yield return new(l.Conditions, (d, c) => d.Conditions(c));
        yield return new(l.Deployment, (_, c) => ClauseDisplay.Deployment(c));
        yield return new(l.Replaces, (_, c) => c.Replaces);
        foreach (var level in Levels.All)
        {
            yield return new($"{l.Obligation} – {level.Display(l.IsEnglish ? Language.English : Language.German)}", (d, c) => d.Obligation(c, level));
        }

        var names = (change.Old?.Parameters ?? []).Concat(change.New?.Parameters ?? []).Select(p => p.Name).Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            yield return new($"{l.Parameters}: {ParameterLabel(change, name, l)}", (d, c) => c.FindParameter(name) is { } p ? d.ParameterLine(p) : null);
        }

        yield return new(l.Scoring, (d, c) => d.Scoring(c));
        yield return new($"{l.Evidence} (de)", (_, c) => c.Evidence.De);
        yield return new($"{l.Evidence} (en)", (_, c) => c.Evidence.En);
        yield return new(l.Verification, (d, c) => d.Verification(c));
        yield return new($"{l.Rationale} (de)", (_, c) => c.Rationale.De);
        yield return new($"{l.Rationale} (en)", (_, c) => c.Rationale.En);
        yield return new(l.References, (d, c) => d.References(c));
    }

    /// <summary>What changed, in the reader's words and without repeats: "Anforderungstext (de), Parameter Supportzeitraum".</summary>
    public static string Describe(ClauseChange change, ReviewLabels l) =>
        string.Join(", ", change.Fields.Select(f => Label(f.Key, l, change)).Distinct(StringComparer.Ordinal));

    private static string ParameterLabel(ClauseChange change, string name, ReviewLabels l) =>
        (change.New?.FindParameter(name) ?? change.Old?.FindParameter(name))?.Display(l.IsEnglish ? Language.English : Language.German) ?? name;

    private static string Label(string key, ReviewLabels l, ClauseChange change)
    {
        var parts = key.Split('.');
        var suffix = parts[^1] is "de" or "en" ? $" ({parts[^1]})" : string.Empty;
        return parts[0] switch
        {
            "title" => l.Title + suffix,
            "text" => l.Text + suffix,
            "evidence" => l.Evidence + suffix,
            "rationale" => l.Rationale + suffix,
            "legal-note" => l.LegalNote + suffix,
            "version" => l.Version,
            "status" => l.Status,
            "approved-by" or "approved-on" => l.Approval,
            "topic" => l.Topic,
            "phase" => l.Phase,
            "categories" => l.Categories,
            "goals" => l.Goals,
            "from-level" => l.FromLevel,
            "when" => l.Conditions,
            "deployment" => l.Deployment,
            "replaces" => l.Replaces,
            "obligation" => l.Obligation,
            "parameters" => $"{l.Parameters} {ParameterLabel(change, parts[1], l)}",
            "scoring" => l.Scoring,
            "verification" => l.Verification,
            "references" => l.References,
            _ => key,
        };
    }
}
