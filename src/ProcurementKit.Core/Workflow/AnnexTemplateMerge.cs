using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Rendering.Annex;

namespace ProcurementKit.Workflow;

/// <summary>
/// The annex prose of one language: the shipped texts, each replaced by a municipality's own text of the same
/// name, then checked (missing files, unknown placeholders, block placeholders not alone).
/// </summary>
public static class AnnexTemplateMerge
{
    /// <param name="shipped">The shipped tender-templates/&lt;lang&gt; texts.</param>
    /// <param name="own">The municipality's texts for the language (may be empty).</param>
    /// <param name="ownFolder">Where the own texts came from, for messages; null when there are none.</param>
    public static WorkflowResult<AnnexTemplates> Merge(Language language, IEnumerable<TemplateText> shipped, IEnumerable<TemplateText> own, string? ownFolder)
    {
        var texts = new Dictionary<string, TemplateText>(StringComparer.Ordinal);
        foreach (var text in shipped.Concat(own))
        {
            texts[text.Name] = text;
        }

        var templates = new AnnexTemplates(texts);
        var problems = templates.Check(ownFolder ?? $"tender-templates/{language.Code()}");
        return problems.Count == 0 ? WorkflowResult.Success(templates) : WorkflowResult.Failure<AnnexTemplates>(problems);
    }
}
