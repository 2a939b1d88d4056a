using ProcurementKit.Evaluation.Forms;
using ProcurementKit.Selection;

namespace ProcurementKit.Cli.Infrastructure;

/// <summary>Reads every returned workbook in a folder; each is checked on its own, so one bad file never stops the others.</summary>
public static class ResponseFolder
{
    // Anything Excel or LibreOffice might save: wrong kinds are read too, so they are refused with a reason instead of ignored.
    private static readonly string[] s_workbookExtensions = [".xlsx", ".xlsm", ".xltx", ".xltm", ".xlsb", ".xls", ".ods"];

    public static ResponseSet Read(string folder, TenderSelection selection, CliConsole console)
    {
        if (!Directory.Exists(folder))
        {
            throw new CliFailureException($"{folder}: error PK0600: responses folder not found; pass --responses with the folder of returned forms");
        }

        var files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList();
        var workbooks = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal))
            {
                continue; // hidden files and Excel's lock files
            }

            if (s_workbookExtensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
            {
                workbooks.Add(file);
            }
            else
            {
                console.Error.WriteLine($"{file}: note: not a workbook, ignored");
            }
        }

        if (workbooks.Count == 0)
        {
            throw new CliFailureException($"{folder}: error PK0600: no returned response forms (.xlsx) in this folder");
        }

        return ResponseSet.Collect(workbooks.Select(file => Read(file, selection)));
    }

    private static FormReadResult Read(string file, TenderSelection selection)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return ResponseFormReader.Read(stream, file, selection);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // One unreadable file must not stop the evaluation of the others.
            return new FormReadResult(file, null, [FormProblems.NotXlsx(file, $"the file cannot be read: {e.Message}")]);
        }
    }
}
