using ProcurementKit.Text;

namespace ProcurementKit.Rendering.Excel;

/// <summary>Makes any text — including a bidder's — safe to store as a cell string.</summary>
internal static class ExcelText
{
    /// <summary>Excel's limit for one cell.</summary>
    public const int MaxLength = 32_767;

    /// <summary>Drops characters XML 1.0 cannot carry (a crafted form may contain them) and cuts at the cell limit.</summary>
    public static string Clean(string text) => XmlText.Clean(text, MaxLength);
}
