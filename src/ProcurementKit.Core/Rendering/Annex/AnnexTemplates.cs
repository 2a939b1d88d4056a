using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Rendering.Annex;

/// <summary>One prose file of the annex: its name ("preliminary-remarks"), where it came from (for messages) and its Markdown.</summary>
public sealed record TemplateText(string Name, string Source, string Markdown);

/// <summary>
/// The fixed prose of the annex in one language (tender-templates/&lt;lang&gt;/*.md), so a municipality can
/// adapt the wording without code. The CLI reads the files; <see cref="Check"/> finds what would break.
/// </summary>
public sealed record AnnexTemplates(IReadOnlyDictionary<string, TemplateText> Texts)
{
    /// <summary>The files every language folder holds, without ".md".</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "cover", "preliminary-remarks", "protection-needs", "requirements", "evaluation",
        "evaluation-price-only", "evaluation-simple-reference-value", "evaluation-extended-reference-value", "references",
    ];

    /// <summary>Placeholders replaced by a value inside the text.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        "authority", "title", "reference", "date", "description", "catalogName", "catalogVersion", "catalogHash",
        "lotCount", "requirementCount", "knockOutCount", "scoredCount", "maxPoints", "maxPerformancePoints",
        "fluctuationPercent", "tieBreaker",
    ];

    /// <summary>Placeholders replaced by generated tables or sections; each stands alone in its paragraph.</summary>
    public static readonly IReadOnlyList<string> Blocks =
    [
        "title-block", "lots-table", "protection-needs-table", "requirements", "evaluation-method",
        "criteria-table", "knockout-table", "references-table", "scale-table", "lot-evaluation",
        "suitability", "assessment",
    ];

    public TemplateText this[string name] => Texts[name];

    /// <summary>Missing files, unknown placeholders and block placeholders that share a line with text.</summary>
    public IReadOnlyList<Diagnostic> Check(string folder)
    {
        var problems = new List<Diagnostic>();
        foreach (var name in Names.Where(n => !Texts.ContainsKey(n)))
        {
            problems.Add(TemplateDiagnostics.MissingFile($"{folder}/{name}.md"));
        }

        foreach (var text in Names.Where(Texts.ContainsKey).Select(n => Texts[n]))
        {
            var lines = text.Markdown.Split('\n');
            foreach (var (name, line, column) in Placeholders.Find(text.Markdown))
            {
                var at = new SourcePosition(text.Source, line + 1, column + 1);
                if (Blocks.Contains(name))
                {
                    if (lines[line].Trim() != $"{{{{{name}}}}}")
                    {
                        problems.Add(TemplateDiagnostics.BlockNotAlone(at, name));
                    }
                }
                else if (!Fields.Contains(name))
                {
                    problems.Add(TemplateDiagnostics.UnknownPlaceholder(at, name, [.. Fields, .. Blocks]));
                }
            }
        }

        return problems;
    }
}
