using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Review;

namespace ProcurementKit.Workflow;

/// <summary>The review document as a step a host runs: one named document, which a layout pass can number (<see cref="PrintLayout"/>).</summary>
public static class ReviewWorkflow
{
    /// <summary>The whole clause library for the legal review, written under <paramref name="name"/>.</summary>
    public static NamedDocument Review(RequirementsCatalog catalog, Language language, bool bothLanguages, string name) =>
        new(name, NamedDocument.Docx, (stream, _) => ReviewDocument.Create(stream, catalog, language, bothLanguages))
        {
            WithContentsPages = pages => (stream, _) => ReviewDocument.Create(stream, catalog, language, bothLanguages, pages),
        };
}
