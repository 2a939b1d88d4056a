using ProcurementKit.Diagnostics;

namespace ProcurementKit.Workflow;

/// <summary>What a layout engine (LibreOffice, run by the host) made of a Word document: the PDF and the page each bookmark is on.</summary>
public sealed record MeasuredLayout(byte[] Pdf, IReadOnlyDictionary<string, int> Pages);

/// <summary>
/// A Word document laid out for print: the .docx whose contents carry page numbers and the PDF made from
/// exactly that .docx. <see cref="Problems"/> holds a warning when the numbers did not settle.
/// </summary>
public sealed record PrintedDocument(string DocxName, byte[] Docx, string PdfName, byte[] Pdf, int Passes, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// The rule for a PDF with a numbered table of contents. Page numbers cannot be known before the document is
/// laid out, and writing them can move pages (a longer entry wraps, the contents grow). So: render without
/// numbers, lay out, render with the measured numbers, lay out again, until the pages the contents print are
/// the pages the layout measures. The host only runs the layout engine (<c>layOut</c>).
/// </summary>
public static class PrintLayout
{
    /// <summary>Layout passes before giving up; two are usual, a third when numbering the contents moved a page.</summary>
    public const int MaxPasses = 3;

    /// <summary>Which documents of a step get a PDF with --pdf: the Word documents (workbooks and JSON stay as they are).</summary>
    public static bool IsPrintable(NamedDocument document) => document.MediaType == NamedDocument.Docx;

    /// <summary>The PDF's file name beside its .docx: annex.docx -> annex.pdf.</summary>
    public static string PdfName(string docxName) =>
        docxName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? docxName[..^5] + ".pdf" : docxName + ".pdf";

    /// <summary>Lays out <paramref name="document"/> until its contents' page numbers agree with its layout.</summary>
    /// <param name="layOut">The host's layout engine: .docx bytes in, PDF and bookmark pages out.</param>
    public static PrintedDocument Print(NamedDocument document, Func<byte[], MeasuredLayout> layOut, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(layOut);
        IReadOnlyDictionary<string, int>? printed = null;
        for (var pass = 1; ; pass++)
        {
            cancellation.ThrowIfCancellationRequested();
            var docx = Render(document, printed, cancellation);
            var measured = layOut(docx);
            if (document.WithContentsPages is null || (printed is not null && Agree(printed, measured.Pages)))
            {
                return new(document.Name, docx, PdfName(document.Name), measured.Pdf, pass, []);
            }

            if (pass == MaxPasses)
            {
                return new(document.Name, docx, PdfName(document.Name), measured.Pdf, pass, [HostDiagnostics.ContentsPagesUnsettled(document.Name, pass)]);
            }

            printed = measured.Pages;
        }
    }

    /// <summary>The contents agree with the layout when every heading the contents number is on the page they print.</summary>
    public static bool Agree(IReadOnlyDictionary<string, int> printed, IReadOnlyDictionary<string, int> measured) =>
        printed.Count == measured.Count && printed.All(p => measured.TryGetValue(p.Key, out var page) && page == p.Value);

    private static byte[] Render(NamedDocument document, IReadOnlyDictionary<string, int>? pages, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var write = pages is null ? document.Write : document.WithContentsPages!(pages);
        write(buffer, cancellation);
        return buffer.ToArray();
    }
}
