using ProcurementKit.Catalog.Yaml;
using ProcurementKit.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ProcurementKit.Catalog;

/// <summary>Reads the fields that place a clause (topic, phase, level, categories, goals, context, deployment, verification) and checks them against the vocabulary.</summary>
internal sealed class ClauseFieldReader(YamlMap map, Vocabulary vocabulary, DiagnosticBag diagnostics)
{
    public string Topic(string id, string relativePath)
    {
        var topic = map.String("topic", required: true) ?? string.Empty;
        if (topic.Length == 0)
        {
            return topic;
        }

        var known = vocabulary.Topics.FirstOrDefault(t => t.Id == topic);
        if (known is null)
        {
            diagnostics.Add(CatalogDiagnostics.UnknownTopic(map.ValuePosition("topic"), topic, vocabulary.TopicIds));
            return topic;
        }

        var parts = relativePath.Split('/');
        if (parts.Length >= 3 && parts[0] == "clauses" && parts[1] != topic)
        {
            diagnostics.Add(CatalogDiagnostics.WrongTopicFolder(map.ValuePosition("topic"), topic, parts[1]));
        }

        if (id.Length > 0 && !id.StartsWith(known.Prefix + "-", StringComparison.Ordinal))
        {
            diagnostics.Add(CatalogDiagnostics.IdPrefixMismatch(map.ValuePosition("id"), id, known.Prefix));
        }

        return topic;
    }

    public Phase Phase()
    {
        var text = map.String("phase", required: true);
        if (text is not null && !Phases.TryParse(text, out _))
        {
            diagnostics.Add(CatalogDiagnostics.UnknownPhase(map.ValuePosition("phase"), text, Phases.Names));
        }

        return Phases.TryParse(text, out var phase) ? phase : Catalog.Phase.Planning;
    }

    public Level? Level(string key)
    {
        var text = map.String(key, required: true);
        if (text is null)
        {
            return null;
        }

        if (Levels.TryParse(text, out var level))
        {
            return level;
        }

        diagnostics.Add(CatalogDiagnostics.UnknownLevel(map.ValuePosition(key), text, Levels.Names));
        return null;
    }

    public IReadOnlyList<string> Categories()
    {
        var items = map.List("categories", required: true);
        foreach (var (value, at) in items)
        {
            if (value != "all" && !vocabulary.Categories.Any(c => c.Id == value))
            {
                diagnostics.Add(CatalogDiagnostics.UnknownCategory(at, value, vocabulary.CategoryIds.Append("all")));
            }
        }

        return [.. items.Select(i => i.Value)];
    }

    public IReadOnlyList<ProtectionGoal> Goals()
    {
        var goals = new List<ProtectionGoal>();
        foreach (var (value, at) in map.List("goals", required: true))
        {
            if (ProtectionGoals.TryParse(value, out var goal))
            {
                goals.Add(goal);
            }
            else
            {
                diagnostics.Add(CatalogDiagnostics.UnknownGoal(at, value, ProtectionGoals.Names));
            }
        }

        return goals;
    }

    public IReadOnlyDictionary<string, bool> When()
    {
        var result = new SortedDictionary<string, bool>(StringComparer.Ordinal);
        if (map.Map("when") is not { } when)
        {
            return result;
        }

        foreach (var (key, at, value) in when.Entries())
        {
            if (!vocabulary.ContextKeys.Any(c => c.Name == key))
            {
                diagnostics.Add(CatalogDiagnostics.UnknownContextKey(at, key, vocabulary.ContextNames));
                continue;
            }

            if (value is YamlScalarNode { Value: "true" or "false" } scalar)
            {
                result[key] = scalar.Value == "true";
            }
            else
            {
                diagnostics.Add(CatalogDiagnostics.InvalidValue(when.At(value), $"when.{key}", YamlMap.Describe(value), "true or false"));
            }
        }

        return result;
    }

    public IReadOnlyList<string> Deployment()
    {
        var items = map.List("deployment");
        foreach (var (value, at) in items.Where(i => !Deployments.All.Contains(i.Value)))
        {
            diagnostics.Add(CatalogDiagnostics.UnknownDeployment(at, value, Deployments.All));
        }

        return [.. items.Select(i => i.Value).Where(Deployments.All.Contains)];
    }

    public ClauseRole Role()
    {
        var text = map.String("role");
        if (text is not null && !ClauseRoles.TryParse(text, out _))
        {
            diagnostics.Add(CatalogDiagnostics.UnknownRole(map.ValuePosition("role"), text, ClauseRoles.Names));
        }

        return ClauseRoles.TryParse(text, out var role) ? role : ClauseRole.Requirement;
    }

    public IReadOnlyList<string> Deadlines()
    {
        var items = map.List("deadlines");
        foreach (var (value, at) in items.Where(i => !vocabulary.Events.Any(e => e.Id == i.Value)))
        {
            diagnostics.Add(CatalogDiagnostics.UnknownEvent(at, value, vocabulary.Events.Select(e => e.Id)));
        }

        return [.. items.Select(i => i.Value)];
    }

    public IReadOnlyList<string> Verification()
    {
        var items = map.List("verification", required: true);
        foreach (var (value, at) in items.Where(i => !VerificationMethods.All.Contains(i.Value)))
        {
            diagnostics.Add(CatalogDiagnostics.UnknownVerification(at, value, VerificationMethods.All));
        }

        return [.. items.Select(i => i.Value)];
    }
}
