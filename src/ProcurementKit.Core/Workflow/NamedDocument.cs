namespace ProcurementKit.Workflow;

/// <summary>
/// One document a step produces: its file name, its media type (for a download) and the writer that renders it
/// into a stream. Hosts decide where the stream goes (a temporary file, an HTTP response).
/// </summary>
public sealed record NamedDocument(string Name, string MediaType, Action<Stream, CancellationToken> Write)
{
    /// <summary>
    /// For a document with a table of contents: the writer again, with the page each heading starts on (by
    /// bookmark) as a layout pass measured it (<see cref="PrintLayout"/>). Null for documents without contents.
    /// </summary>
    public Func<IReadOnlyDictionary<string, int>, Action<Stream, CancellationToken>>? WithContentsPages { get; init; }

    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Json = "application/json";
    public const string Markdown = "text/markdown; charset=utf-8";
}

/// <summary>A file a user handed over (a returned form, a scores workbook): its name as the user knows it, and its bytes.</summary>
public sealed record UploadedFile(string Name, Func<Stream> Open);
