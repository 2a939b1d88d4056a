using System.Globalization;
using ProcurementKit.Catalog;

namespace ProcurementKit.Web.Evaluation;

/// <summary>Sizes and small words the pages state the same way everywhere.</summary>
public static class Sizes
{
    public static string Megabytes(long bytes) => $"{(bytes / 1024d / 1024d).ToString("0.#", CultureInfo.InvariantCulture)} MB";

    public static string CellHeader(Language language) => language == Language.English ? "Cell" : "Zelle";
}
