namespace ProcurementKit.Workflow;

/// <summary>
/// One document a step produces: its file name, its media type (for a download) and the writer that renders it
/// into a stream. Hosts decide where the stream goes (a temporary file, an HTTP response).
/// </summary>
public sealed record NamedDocument(string Name, string MediaType, Action<Stream, CancellationToken> Write)
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Json = "application/json";
    public const string Markdown = "text/markdown; charset=utf-8";
}

/// <summary>A file a user handed over (a returned form, a scores workbook): its name as the user knows it, and its bytes.</summary>
public sealed record UploadedFile(string Name, Func<Stream> Open);
