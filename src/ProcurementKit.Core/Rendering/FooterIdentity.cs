using ProcurementKit.Catalog;
using ProcurementKit.Text;

namespace ProcurementKit.Rendering;

/// <summary>
/// The footer line that says which document a page belongs to: the document, the tender (or catalog) it
/// belongs to and its date in the long form, e.g. "Anlage IT-Sicherheitsanforderungen zu 2027-IT-008 ·
/// Stand 15. Februar 2027". A printed page or a page quoted in a bidder's question is identified by it; the
/// catalog version and hash, which auditors need, stand in the title block instead.
/// </summary>
public static class FooterIdentity
{
    /// <summary>A document of a tender: the annex ("Anlage …"), the evaluation report.</summary>
    /// <param name="annex">True for the tender annex, which is named as an "Anlage" of the tender documents.</param>
    public static string ForTender(Language language, string document, string reference, string? isoDate, bool annex = false)
    {
        var german = language == Language.German;
        var named = !annex || document.StartsWith(german ? "Anlage" : "Annex", StringComparison.OrdinalIgnoreCase)
            ? document
            : german ? $"Anlage {document}" : $"Annex: {document}";
        return Join(german ? $"{named} zu {reference}" : $"{named}, tender {reference}", AsOf(language, isoDate));
    }

    /// <summary>A document about a catalog release (the review copy): title, catalog version, release date.</summary>
    public static string ForCatalog(Language language, string document, string version, string? isoDate) =>
        Join($"{document} {version}", AsOf(language, isoDate));

    /// <summary>"Stand 15. Februar 2027" / "as of 15 February 2027"; a date that is not ISO is printed as given.</summary>
    public static string AsOf(Language language, string? isoDate)
    {
        if (string.IsNullOrWhiteSpace(isoDate))
        {
            return string.Empty;
        }

        var text = DateText.Long(isoDate, language);
        return language == Language.German ? $"Stand {text}" : $"as of {text}";
    }

    private static string Join(string what, string asOf) => asOf.Length == 0 ? what : $"{what} · {asOf}";
}
