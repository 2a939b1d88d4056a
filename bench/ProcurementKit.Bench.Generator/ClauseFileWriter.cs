using System.Text;
using ProcurementKit.Catalog;

namespace ProcurementKit.Bench.Generator;

/// <summary>Writes one clause file (front matter and German/English body) for a plan, in the shipped catalog's layout.</summary>
internal sealed class ClauseFileWriter(Random random, RequirementsCatalog vocabulary)
{
    private static readonly string[] s_phases = ["planning", "planning", "implementation", "operation", "operation", "decommissioning", "experiment"];

    private static readonly (string Standard, string Item)[] s_unregistered =
    [
        ("IT-Grundschutz", "SYS.4.4.A5"), ("IT-Grundschutz", "OPS.1.1.3.A15"), ("ISO/IEC 27001", "A.8.22"),
        ("IEC 62443-4-2", "CR 5.1"), ("C5", "OPS-05"), ("TR-03183", "Teil 2"), ("DSGVO", "Art. 32"),
    ];

    public string Write(ClausePlan plan)
    {
        var parameters = Pick(ParameterPool.All, random.Next(0, 3));
        var obligations = Obligations(plan.FromLevel);
        var scored = obligations.Any(o => o.Contains("kind: B", StringComparison.Ordinal))
            ? parameters.FirstOrDefault(p => p.FullAt is not null)
            : null;
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"id: {plan.Id}\nversion: {random.Next(1, 4)}\nstatus: {plan.Status}\n");
        text.Append("approved-by: Rechtsamt Musterhausen\napproved-on: 2026-10-15\n");
        text.Append($"topic: {plan.Topic.Id}\nphase: {s_phases[random.Next(s_phases.Length)]}\n");
        text.Append($"categories: [{string.Join(", ", plan.Categories)}]\n");
        text.Append($"goals: [{string.Join(", ", plan.Goals)}]\nfrom-level: {plan.FromLevel}\n");
        if (plan.When is { } when)
        {
            text.Append($"when: {{ {when.Key}: {(when.Value ? "true" : "false")} }}\n");
        }

        if (plan.Deployment.Count > 0)
        {
            text.Append($"deployment: [{string.Join(", ", plan.Deployment)}]\n");
        }

        if (plan.Replaces is not null)
        {
            text.Append($"replaces: {plan.Replaces}\n");
        }

        text.Append("obligation:\n");
        foreach (var obligation in obligations)
        {
            text.Append("  ").Append(obligation).Append('\n');
        }

        if (parameters.Length > 0)
        {
            text.Append("parameters:\n");
            foreach (var parameter in parameters)
            {
                text.Append($"  {parameter.Name}: {parameter.Definition}\n");
            }
        }

        if (scored is not null)
        {
            text.Append($"scoring: {{ parameter: {scored.Name}, full-at: {scored.FullAt} }}\n");
        }

        Localized(text, "evidence", Phrases.Evidence[random.Next(Phrases.Evidence.Length)]);
        text.Append($"verification: [{string.Join(", ", Pick(VerificationMethods.All.ToArray(), random.Next(1, 3)))}]\n");
        Localized(text, "rationale", Phrases.Rationales[random.Next(Phrases.Rationales.Length)]);
        text.Append("references:\n");
        foreach (var (standard, item) in References())
        {
            text.Append($"  - {{ standard: {Quote(standard)}, item: {Quote(item)} }}\n");
        }

        text.Append("---\n");
        new ClauseBodyWriter(random).Write(text, parameters);
        return text.ToString();
    }

    /// <summary>Obligations from the clause's level upwards; they only ever get stricter (B, then A).</summary>
    private List<string> Obligations(string fromLevel)
    {
        var levels = Levels.Names.SkipWhile(l => l != fromLevel).ToList();
        var firstMust = random.Next(0, levels.Count + 1);
        var weight = random.Next(1, 6);
        return [.. levels.Select((level, i) => i >= firstMust ? $"{level}: {{ kind: A }}" : $"{level}: {{ kind: B, weight: {weight} }}")];
    }

    private IEnumerable<(string Standard, string Item)> References()
    {
        var registered = vocabulary.Standards.SelectMany(s => s.Items.Select(i => (s.Name, i.Id))).ToArray();
        var chosen = Pick(registered, random.Next(1, 3)).Concat(Pick(s_unregistered, random.Next(0, 2)));
        return chosen.Distinct();
    }

    private T[] Pick<T>(T[] from, int count) =>
        [.. Enumerable.Range(0, from.Length).OrderBy(_ => random.Next()).Take(count).Order().Select(i => from[i])];

    private static void Localized(StringBuilder text, string key, Pair pair) =>
        text.Append($"{key}:\n  de: {Quote(pair.De)}\n  en: {Quote(pair.En)}\n");

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
