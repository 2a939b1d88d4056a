using ProcurementKit.Workflow;

namespace ProcurementKit.Cli.Infrastructure;

/// <summary>
/// --pdf: each Word document of a step is laid out by LibreOffice before anything is written, and handed to the
/// output folder as the numbered .docx and its PDF; the other documents pass through unchanged.
/// </summary>
public static class PrintedDocuments
{
    public static OutputFolder AddPrinted(this OutputFolder folder, IEnumerable<NamedDocument> documents, string? soffice, TextWriter error)
    {
        LibreOfficeLayout? layout = null;
        foreach (var document in documents)
        {
            if (!PrintLayout.IsPrintable(document))
            {
                folder.Add([document]);
                continue;
            }

            layout ??= LibreOfficeLayout.Find(soffice);
            var printed = PrintLayout.Print(document, docx => layout.LayOut(docx, document.Name));
            foreach (var problem in printed.Problems)
            {
                error.WriteLine(problem);
            }

            folder.Add(printed.DocxName, stream => stream.Write(printed.Docx));
            folder.Add(printed.PdfName, stream => stream.Write(printed.Pdf));
        }

        return folder;
    }
}
