using ProcurementKit.Diagnostics;
using ProcurementKit.Evaluation.Forms;
using ProcurementKit.Workflow;

namespace ProcurementKit.Web.Evaluation;

/// <summary>
/// The files of one evaluation request, checked against the page's limits before the core reads anything. The
/// files stay in the request (ASP.NET buffers large uploads in temporary files it deletes at the request's end);
/// a name from the browser is only ever shown and never becomes a path.
/// </summary>
public sealed record EvaluationUploads(IFormFile Tender, IReadOnlyList<UploadedFile> Responses, UploadedFile? Scores)
{
    public const string TenderField = "tender";
    public const string ResponsesField = "responses";
    public const string ScoresField = "scores";

    /// <summary>A tender.json is a few KB; the workbench takes the same size.</summary>
    public const long MaxTenderBytes = 1024 * 1024;

    /// <summary>Each returned form and the scores workbook: the size limit the core's package checks apply (as in `evaluate`).</summary>
    public static long MaxFileBytes => PackageLimits.Default.MaxFileBytes;

    /// <summary>Returned forms in one request; a tender with more bidders is evaluated with the command line.</summary>
    public const int MaxResponses = 200;

    /// <summary>The files, or the problems that keep the request from being evaluated.</summary>
    public static EvaluationUploads? From(IFormFileCollection files, List<Diagnostic> problems)
    {
        var tender = files.GetFile(TenderField);
        if (tender is null || tender.Length == 0)
        {
            problems.Add(HostDiagnostics.UploadMissing(TenderField, "tender.json"));
        }
        else if (tender.Length > MaxTenderBytes)
        {
            problems.Add(HostDiagnostics.UploadTooLarge(NameOf(tender), tender.Length, MaxTenderBytes));
        }

        var responses = files.GetFiles(ResponsesField).Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        if (responses.Count > MaxResponses)
        {
            problems.Add(HostDiagnostics.TooManyUploads(responses.Count, MaxResponses));
        }

        if (responses.Count == 0)
        {
            problems.Add(HostDiagnostics.UploadMissing(ResponsesField, "returned response form"));
        }

        var scores = files.GetFile(ScoresField) is { Length: > 0 } given ? given : null;
        foreach (var file in responses.Append(scores).OfType<IFormFile>().Where(f => f.Length > MaxFileBytes))
        {
            problems.Add(HostDiagnostics.UploadTooLarge(NameOf(file), file.Length, MaxFileBytes));
        }

        return problems.Count > 0 ? null : new EvaluationUploads(tender!, [.. responses.Select(Upload)], scores is null ? null : Upload(scores));
    }

    /// <summary>The name the user chose the file by, without any folder a browser might send along.</summary>
    public static string NameOf(IFormFile file)
    {
        var name = file.FileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string([.. name.Select(c => char.IsControl(c) ? '_' : c)]);
        return name.Length == 0 ? "upload" : name.Length > 120 ? name[..120] : name;
    }

    private static UploadedFile Upload(IFormFile file) => new(NameOf(file), file.OpenReadStream);
}
