using ProcurementKit.Catalog;

namespace ProcurementKit.Oscal;

/// <summary>Clause text as OSCAL prose: each <c>{{name}}</c> placeholder becomes <c>{{ insert: param, &lt;param-id&gt; }}</c>.</summary>
internal static class OscalProse
{
    public static string WithInserts(Clause clause, string body) =>
        Placeholders.Fill(body, name => clause.FindParameter(name) is null ? null : $"{{{{ insert: param, {OscalIds.Parameter(clause.Id, name)} }}}}");
}
