using ProcurementKit.Catalog;
using ProcurementKit.Selection;

namespace ProcurementKit.Rendering.Excel;

/// <summary>
/// The hidden sheet that ties a workbook to its tender: kind of workbook, tender reference, selection hash,
/// catalog release and language. Readers check it before trusting anything else in a returned file.
/// </summary>
public static class RecordSheet
{
    public const string Name = "ProcurementKit";

    public const string Kind = "workbook";
    public const string TenderReference = "tender-reference";
    public const string SelectionHash = "selection-hash";
    public const string CatalogVersion = "catalog-version";
    public const string CatalogSha256 = "catalog-sha256";
    public const string LanguageKey = "language";

    /// <summary>The entries that identify a workbook of <paramref name="kind"/> for a selection.</summary>
    public static IReadOnlyList<(string Key, string Value)> For(TenderSelection selection, string kind, Language language) =>
    [
        (Kind, kind),
        (TenderReference, selection.Tender.Reference),
        (SelectionHash, selection.Hash()),
        (CatalogVersion, selection.Catalog.Info.Version),
        (CatalogSha256, selection.Catalog.Sha256),
        (LanguageKey, language.Code()),
    ];

    /// <summary>A key/value pair per row: key in column A, value in column B.</summary>
    public static SheetBuilder Build(IEnumerable<(string Key, string Value)> entries)
    {
        var sheet = new SheetBuilder(Name).Width(1, 20).Width(2, 70);
        var row = 1;
        foreach (var (key, value) in entries)
        {
            sheet.Text(1, row, key, CellStyle.Default).Text(2, row, value, CellStyle.Default);
            row++;
        }

        return sheet.Protect();
    }
}
