using System.Globalization;

namespace ProcurementKit.Catalog;

/// <summary>The two languages of the catalog and the documents; German comes first.</summary>
public enum Language
{
    German,
    English,
}

public static class Languages
{
    public static readonly IReadOnlyList<string> Codes = ["de", "en"];

    public static string Code(this Language language) => language == Language.German ? "de" : "en";

    /// <summary>The culture for number and quantity formatting (de-DE / en-US).</summary>
    public static CultureInfo Culture(this Language language) =>
        CultureInfo.GetCultureInfo(language == Language.German ? "de-DE" : "en-US");

    public static bool TryParse(string? code, out Language language)
    {
        language = code == "en" ? Language.English : Language.German;
        return code is "de" or "en";
    }
}
