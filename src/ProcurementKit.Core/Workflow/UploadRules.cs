namespace ProcurementKit.Workflow;

/// <summary>Which handed-over files count as returned workbooks.</summary>
public static class UploadRules
{
    /// <summary>Anything Excel or LibreOffice might save: wrong kinds are read too, so they are refused with a reason instead of ignored.</summary>
    public static readonly IReadOnlyList<string> WorkbookExtensions = [".xlsx", ".xlsm", ".xltx", ".xltm", ".xlsb", ".xls", ".ods"];

    /// <summary>Hidden files and Excel's lock files ("~$angebot.xlsx") are not offers and are skipped silently.</summary>
    public static bool IsSkipped(string name) => name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal);

    public static bool IsWorkbook(string name) =>
        WorkbookExtensions.Contains(Path.GetExtension(name).ToLowerInvariant());
}
