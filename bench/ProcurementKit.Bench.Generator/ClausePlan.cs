using ProcurementKit.Catalog;

namespace ProcurementKit.Bench.Generator;

/// <summary>Why the benchmark tender will leave a planned clause out (or None when it selects it).</summary>
internal enum Exclusion
{
    None,
    Category,
    Level,
    Context,
    Deployment,
    Draft,
    Retired,
}

/// <summary>The selection-relevant front matter of one synthetic clause.</summary>
internal sealed record ClausePlan(
    string Id,
    Topic Topic,
    Exclusion Exclusion,
    string Status,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Goals,
    string FromLevel,
    (string Key, bool Value)? When,
    IReadOnlyList<string> Deployment,
    string? Replaces)
{
    public bool Selected => Exclusion == Exclusion.None;
}

/// <summary>
/// Plans clauses so that about half apply to <see cref="BenchTender"/>; the others fail for the
/// reasons real catalogs have (other categories, higher level, context, deployment, draft, retired).
/// </summary>
internal sealed class ClausePlanner(Random random, RequirementsCatalog vocabulary)
{
    private static readonly string[] s_goals = ["confidentiality", "integrity", "availability"];
    private readonly string[] _tenderCategories = [.. BenchTender.Categories];
    private readonly string[] _otherCategories =
        [.. vocabulary.Categories.Select(c => c.Id).Except(BenchTender.Categories, StringComparer.Ordinal)];

    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<ClausePlan> _selected = [];
    private readonly HashSet<string> _replaced = new(StringComparer.Ordinal);

    public ClausePlan Next(int index)
    {
        var topic = vocabulary.Topics[index % vocabulary.Topics.Count];
        var number = _numbers[topic.Id] = _numbers.GetValueOrDefault(topic.Id) + 1;
        var id = $"{topic.Prefix}-{number:000}";
        var exclusion = random.NextDouble() < 0.5 ? Exclusion.None : PickExclusion();

        var goals = Subset(s_goals, 1);
        var fromLevel = exclusion switch
        {
            // Lots have confidentiality and integrity "high": very-high on those goals alone is never reached.
            Exclusion.Level => "very-high",
            Exclusion.None when goals.Any(g => g != "availability") && random.NextDouble() < 0.25 => "high",
            _ => "normal",
        };
        if (exclusion == Exclusion.Level)
        {
            goals = Subset(["confidentiality", "integrity"], 1);
        }

        var categories = exclusion == Exclusion.Category
            ? Subset(_otherCategories, 1, 3)
            : random.NextDouble() < 0.08 ? ["all"] : [.. Subset(_tenderCategories, 1, 3), .. Subset(_otherCategories, 0, 2)];

        var plan = new ClausePlan(
            id, topic, exclusion,
            exclusion switch { Exclusion.Draft => "draft", Exclusion.Retired => "retired", _ => "approved" },
            categories, goals, fromLevel, When(exclusion), Deployment(exclusion), Replaces(exclusion, topic));
        if (plan.Selected)
        {
            _selected.Add(plan);
        }

        return plan;
    }

    private Exclusion PickExclusion() => random.NextDouble() switch
    {
        < 0.40 => Exclusion.Category,
        < 0.60 => Exclusion.Level,
        < 0.75 => Exclusion.Context,
        < 0.85 => Exclusion.Deployment,
        < 0.95 => Exclusion.Draft,
        _ => Exclusion.Retired,
    };

    private (string Key, bool Value)? When(Exclusion exclusion)
    {
        var keys = vocabulary.ContextKeys;
        if (keys.Count == 0 || (exclusion != Exclusion.Context && random.NextDouble() >= 0.2))
        {
            return null;
        }

        // A clause tests for "true"; it fails when the tender's context has the key false.
        var wanted = exclusion != Exclusion.Context;
        var candidates = Enumerable.Range(0, keys.Count).Where(i => BenchTender.ContextValue(i) == wanted).ToList();
        return (keys[candidates[random.Next(candidates.Count)]].Name, true);
    }

    private string[] Deployment(Exclusion exclusion) => exclusion switch
    {
        Exclusion.Deployment => ["hybrid"],
        Exclusion.None when random.NextDouble() < 0.05 => ["on-premises", "cloud", "hybrid"],
        _ => [],
    };

    /// <summary>A few selected clauses replace an earlier selected one of their topic, which selection then drops.</summary>
    private string? Replaces(Exclusion exclusion, Topic topic)
    {
        if (exclusion != Exclusion.None || random.NextDouble() >= 0.01)
        {
            return null;
        }

        var target = _selected.LastOrDefault(p => p.Topic.Id == topic.Id && p.Replaces is null && !_replaced.Contains(p.Id));
        return target is not null && _replaced.Add(target.Id) ? target.Id : null;
    }

    private string[] Subset(string[] from, int min, int max = int.MaxValue)
    {
        var count = random.Next(min, Math.Min(max, from.Length) + 1);
        return [.. from.OrderBy(_ => random.Next()).Take(count).Order(StringComparer.Ordinal)];
    }
}
