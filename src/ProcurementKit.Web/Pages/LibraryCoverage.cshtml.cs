using Microsoft.AspNetCore.Mvc.RazorPages;
using ProcurementKit.Catalog;
using ProcurementKit.Coverage;
using ProcurementKit.Web.Hosting;
using ProcurementKit.Web.Library;

namespace ProcurementKit.Web.Pages;

/// <summary>The traceability matrix of the served catalog, as `coverage` prints it: every reported standard item and the clauses citing it.</summary>
public sealed class LibraryCoverageModel(ServedCatalog served) : PageModel
{
    public Language Ui => UiLanguage.Of(Request);

    public LibraryText Text => LibraryText.For(Ui);

    public CoverageMatrix Matrix { get; } = CoverageMatrix.ForCatalog(served.Catalog);

    public void OnGet()
    {
    }
}
