using System.Globalization;
using ProcurementKit.Catalog.Yaml;
using ProcurementKit.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ProcurementKit.Catalog;

/// <summary>Reads the typed fields of a clause's front matter and checks them against the vocabulary.</summary>
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

    public IReadOnlyDictionary<Level, Obligation> Obligations(Level fromLevel)
    {
        var result = new SortedDictionary<Level, Obligation>();
        var obligation = map.Map("obligation", required: true);
        if (obligation is null)
        {
            return result;
        }

        foreach (var (key, at, value) in obligation.Entries())
        {
            if (!Levels.TryParse(key, out var level))
            {
                diagnostics.Add(CatalogDiagnostics.UnknownLevel(at, key, Levels.Names));
                continue;
            }

            if (obligation.AsMap(value) is not { } entry)
            {
                diagnostics.Add(CatalogDiagnostics.InvalidValue(obligation.At(value), $"obligation.{key}", YamlMap.Describe(value), "{ kind: A } or { kind: B, weight: 3 }"));
                continue;
            }

            if (ReadObligation(entry) is { } parsed)
            {
                result[level] = parsed;
            }
        }

        foreach (var level in Levels.All.Where(l => l >= fromLevel && !result.ContainsKey(l)))
        {
            diagnostics.Add(CatalogDiagnostics.MissingObligation(map.PositionOf("obligation"), level.ToKey()));
        }

        return result;
    }

    private Obligation? ReadObligation(YamlMap entry)
    {
        var kind = entry.String("kind", required: true);
        switch (kind)
        {
            case "A":
                return Obligation.Must;
            case "B":
                var weight = entry.Int("weight", required: true);
                if (weight is null)
                {
                    return null;
                }

                if (weight is < 1 or > 5)
                {
                    diagnostics.Add(CatalogDiagnostics.WeightOutOfRange(entry.ValuePosition("weight"), weight.Value));
                }

                return Obligation.Scored(Math.Clamp(weight.Value, 1, 5));
            case null:
                return null;
            default:
                diagnostics.Add(CatalogDiagnostics.InvalidObligationKind(entry.ValuePosition("kind"), kind));
                return null;
        }
    }

    public IReadOnlyList<Parameter> Parameters()
    {
        if (map.Map("parameters") is not { } parameters)
        {
            return [];
        }

        var result = new List<Parameter>();
        foreach (var (name, at, value) in parameters.Entries())
        {
            if (parameters.AsMap(value) is not { } entry)
            {
                diagnostics.Add(CatalogDiagnostics.InvalidParameter(at, name, "expected { type: integer, unit: years, min: 5, normal: 5, high: 7, very-high: 10 }"));
                continue;
            }

            if (ParameterReader.Read(name, entry, diagnostics) is { } parameter)
            {
                result.Add(parameter);
            }
        }

        return result;
    }

    public Scoring? Scoring(IReadOnlyList<Parameter> parameters)
    {
        if (map.Map("scoring") is not { } scoring)
        {
            return null;
        }

        var parameter = scoring.String("parameter", required: true);
        var fullAt = scoring.Decimal("full-at");
        if (fullAt is null)
        {
            diagnostics.Add(CatalogDiagnostics.MissingField(scoring.Position, "full-at"));
        }

        if (parameter is not null && !parameters.Any(p => p.Name == parameter))
        {
            diagnostics.Add(CatalogDiagnostics.UnknownScoringParameter(scoring.ValuePosition("parameter"), parameter));
            return null;
        }

        return parameter is null || fullAt is null ? null : new Scoring(parameter, fullAt.Value);
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

    public IReadOnlyList<Reference> References()
    {
        var entries = map.MapList("references");
        if (entries.Count == 0)
        {
            diagnostics.Add(CatalogDiagnostics.NoReferences(map.PositionOf("references")));
        }

        var result = new List<Reference>();
        foreach (var entry in entries)
        {
            var standard = entry.String("standard", required: true);
            var item = entry.String("item", required: true);
            if (standard is null || item is null)
            {
                continue;
            }

            if (!Reference.KnownStandards.Contains(standard))
            {
                diagnostics.Add(CatalogDiagnostics.UnknownStandard(entry.ValuePosition("standard"), standard, Reference.KnownStandards));
            }
            else if (vocabulary.Standards.FirstOrDefault(s => s.Name == standard) is { } registered && registered.Find(item) is null)
            {
                diagnostics.Add(CatalogDiagnostics.UnregisteredItem(entry.ValuePosition("item"), standard, item, registered.Items.Select(i => i.Id)));
            }

            result.Add(new Reference(standard, item));
        }

        return result;
    }
}

/// <summary>Reads one entry of a clause's <c>parameters</c> mapping.</summary>
internal static class ParameterReader
{
    public static Parameter? Read(string name, YamlMap entry, DiagnosticBag diagnostics)
    {
        entry.WarnUnknownKeys(["type", "unit", "min", "max", "normal", "high", "very-high", "description"]);
        var typeText = entry.String("type") ?? "integer";
        var typeIndex = Parameter.TypeNames.ToList().IndexOf(typeText);
        if (typeIndex < 0)
        {
            diagnostics.Add(CatalogDiagnostics.InvalidParameter(entry.ValuePosition("type"), name, $"type '{typeText}' is not one of {string.Join(", ", Parameter.TypeNames)}"));
            return null;
        }

        var type = (ParameterType)typeIndex;
        var unit = entry.String("unit") ?? "none";
        if (!Parameter.Units.Contains(unit))
        {
            diagnostics.Add(CatalogDiagnostics.InvalidParameter(entry.ValuePosition("unit"), name, $"unit '{unit}' is not one of {string.Join(", ", Parameter.Units)}{Text.Suggestions.Hint(unit, Parameter.Units)}"));
            unit = "none";
        }

        var min = type == ParameterType.Text ? null : entry.Decimal("min");
        var max = type == ParameterType.Text ? null : entry.Decimal("max");
        var defaults = new SortedDictionary<Level, string>();
        foreach (var level in Levels.All)
        {
            var key = level.ToKey();
            if (entry.String(key) is not { } value)
            {
                continue;
            }

            if (type != ParameterType.Text)
            {
                if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                    || (type == ParameterType.Integer && number != decimal.Truncate(number)))
                {
                    diagnostics.Add(CatalogDiagnostics.InvalidParameter(entry.ValuePosition(key), name, $"default '{value}' for '{key}' is not {(type == ParameterType.Integer ? "a whole number" : "a number")}"));
                    continue;
                }

                if (number < min)
                {
                    diagnostics.Add(CatalogDiagnostics.DefaultBelowMinimum(entry.ValuePosition(key), name, key, number, min.Value));
                }
            }

            defaults[level] = value;
        }

        if (defaults.Count == 0)
        {
            diagnostics.Add(CatalogDiagnostics.InvalidParameter(entry.Position, name, "no default; give at least 'normal' (and 'high', 'very-high' where the value rises)"));
        }
        else if (type != ParameterType.Text && !Rising(defaults))
        {
            diagnostics.Add(CatalogDiagnostics.DefaultsNotRising(entry.Position, name));
        }

        return new Parameter(name, type, unit, min, max, defaults);
    }

    /// <summary>Parameters where lower is stricter (deadlines) may fall; we only warn when a value falls and rises again.</summary>
    private static bool Rising(SortedDictionary<Level, string> defaults)
    {
        var values = defaults.Values.Select(v => decimal.Parse(v, CultureInfo.InvariantCulture)).ToList();
        var up = values.Zip(values.Skip(1)).All(p => p.First <= p.Second);
        var down = values.Zip(values.Skip(1)).All(p => p.First >= p.Second);
        return up || down;
    }
}
