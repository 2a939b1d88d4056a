using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Review;
using ProcurementKit.Web.Hosting;
using ProcurementKit.Web.Library;
using ProcurementKit.Workflow;

namespace ProcurementKit.Web.Pages;

/// <summary>The legal team's view of the clause library: every clause, filtered by GET parameters, and the review document.</summary>
public sealed class LibraryModel(ServedCatalog served) : PageModel
{
    public Language Ui => UiLanguage.Of(Request);

    public LibraryText Text => LibraryText.For(Ui);

    public RequirementsCatalog Catalog => served.Catalog;

    public ClauseDisplay Display => new(served.Catalog, Ui);

    public ClauseFilter Filter { get; private set; } = ClauseFilter.None;

    public IReadOnlyList<Clause> Clauses { get; private set; } = [];

    public void OnGet()
    {
        Filter = ClauseFilter.From(Request.Query, served.Catalog);
        Clauses = [.. Filter.Apply(served.Catalog)];
    }

    /// <summary>The review document of the served catalog (as `review --lang de|en|both` writes it).</summary>
    public IActionResult OnGetReview(string? lang)
    {
        var both = lang == "both";
        var language = !both && Languages.TryParse(lang, out var chosen) ? chosen : Language.German;
        var review = ReviewWorkflow.Review(served.Catalog, language, both, both ? "catalog-review-de-en.docx" : $"catalog-review-{language.Code()}.docx");
        using var buffer = new MemoryStream();
        review.Write(buffer, HttpContext.RequestAborted);
        return File(buffer.ToArray(), review.MediaType, review.Name);
    }
}
