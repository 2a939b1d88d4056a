using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Hosting;
using ProcurementKit.Rendering.Review;
using ProcurementKit.Review;
using ProcurementKit.Web.Evaluation;
using ProcurementKit.Web.Hosting;
using ProcurementKit.Web.Library;
using ProcurementKit.Workflow;

namespace ProcurementKit.Web.Pages;

/// <summary>
/// What changed between two catalog versions, word by word. Revisions come as GET parameters (bookmarkable) and
/// must be among the tags and commits the page offers; an uploaded archive is compared with the served catalog.
/// </summary>
[RequestSizeLimit(CatalogArchive.MaxArchiveBytes + (64 * 1024))]
public sealed class LibraryDiffModel(ServedCatalog served, IConfiguration configuration) : PageModel
{
    public const string RedlineName = "catalog-redline.docx";

    public Language Ui => UiLanguage.Of(Request);

    public LibraryText Text => LibraryText.For(Ui);

    public CatalogHistory? History { get; private set; }

    public string? Old { get; private set; }

    public string? New { get; private set; }

    public List<Diagnostic> Problems { get; } = [];

    public CatalogDiff? Diff { get; private set; }

    /// <summary>The redline of an uploaded archive's comparison, carried by the page (nothing is stored).</summary>
    public byte[]? Redline { get; private set; }

    public void OnGet(string? old, string? @new)
    {
        History = new ServedCatalogHistory(configuration).Read();
        (Old, New) = (old, @new);
        if (old is not null || @new is not null)
        {
            Diff = Compare(old, @new);
        }
    }

    public IActionResult OnGetRedline(string? old, string? @new)
    {
        History = new ServedCatalogHistory(configuration).Read();
        (Old, New) = (old, @new);
        Diff = Compare(old, @new);
        return Diff is null ? Page() : File(RedlineOf(Diff), NamedDocument.Docx, RedlineName);
    }

    public IActionResult OnPostUpload(IFormFile? archive)
    {
        History = new ServedCatalogHistory(configuration).Read();
        if (archive is null || archive.Length == 0)
        {
            Problems.Add(HostDiagnostics.UploadMissing("archive", "catalog archive (.zip)"));
            return Page();
        }

        var name = EvaluationUploads.NameOf(archive);
        if (archive.Length > CatalogArchive.MaxArchiveBytes)
        {
            Problems.Add(HostDiagnostics.UploadTooLarge(name, archive.Length, CatalogArchive.MaxArchiveBytes));
            return Page();
        }

        using var stream = archive.OpenReadStream();
        var source = CatalogArchive.Read(stream, name, Problems);
        var uploaded = source is null ? null : CatalogComparison.Load(source, Problems);
        if (uploaded is not null)
        {
            Diff = CatalogComparer.Compare(served.Catalog, uploaded, CatalogComparison.Served, name);
            Redline = RedlineOf(Diff);
        }

        return Page();
    }

    private CatalogDiff? Compare(string? old, string? @new)
    {
        var (before, oldLabel) = CatalogComparison.Resolve(old, served.Catalog, History, Problems);
        var (after, newLabel) = CatalogComparison.Resolve(@new, served.Catalog, History, Problems);
        return before is null || after is null ? null : CatalogComparer.Compare(before, after, oldLabel, newLabel);
    }

    private byte[] RedlineOf(CatalogDiff diff)
    {
        using var buffer = new MemoryStream();
        RedlineDocument.Create(buffer, diff, Ui);
        return buffer.ToArray();
    }
}
