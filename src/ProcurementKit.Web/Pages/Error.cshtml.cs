using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ProcurementKit.Web.Pages;

/// <summary>The page shown for a failed request: what happened in plain words, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int? Code { get; private set; }

    public void OnGet(int? code) => Code = code;

    public void OnPost(int? code) => Code = code;
}
