using System.Globalization;
using ProcurementKit.Catalog;

namespace ProcurementKit.Text;

/// <summary>
/// Every date a document shows, in the document language's long form: "15. Februar 2027" / "15 February 2027"
/// (EU style, day first). Month names are fixed here rather than taken from ICU, so the text cannot change with
/// the machine's globalisation data.
/// </summary>
public static class DateText
{
    private static readonly string[] German =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    private static readonly string[] English =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Long(DateOnly date, Language language) =>
        language == Language.German
            ? $"{date.Day.ToString(CultureInfo.InvariantCulture)}. {German[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}"
            : $"{date.Day.ToString(CultureInfo.InvariantCulture)} {English[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>An ISO date (<c>yyyy-MM-dd</c>, as tenders and catalogs store it) in long form; any other text unchanged.</summary>
    public static string Long(string? isoDate, Language language) =>
        TryParse(isoDate, out var date) ? Long(date, language) : isoDate ?? string.Empty;

    private static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
