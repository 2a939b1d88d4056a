using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Review;
using ProcurementKit.Web.Hosting;
using ProcurementKit.Web.Library;

namespace ProcurementKit.Web.Pages;

/// <summary>One clause as a lawyer reviews it: every field, both languages side by side, its references linked to the filter.</summary>
public sealed class LibraryClauseModel(ServedCatalog served) : PageModel
{
    public Language Ui => UiLanguage.Of(Request);

    public LibraryText Text => LibraryText.For(Ui);

    public RequirementsCatalog Catalog => served.Catalog;

    public ClauseDisplay Display => new(served.Catalog, Ui);

    public Clause Clause { get; private set; } = null!;

    public string SourceRoot => served.Source.DisplayRoot;

    public IActionResult OnGet(string id)
    {
        // The id only looks the clause up; it is never a path.
        if (served.Catalog.FindClause(id) is not { } clause)
        {
            return NotFound();
        }

        Clause = clause;
        return Page();
    }
}
