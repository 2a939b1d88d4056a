using ProcurementKit.Catalog;

namespace ProcurementKit.Web.Hosting;

/// <summary>The words of the frame around every page, per language.</summary>
public sealed record SiteText
{
    public required string Product { get; init; }
    public required string Tagline { get; init; }
    public required string Workbench { get; init; }
    public required string Evaluation { get; init; }
    public required string Library { get; init; }
    public required string OtherLanguage { get; init; }
    public required string OtherLanguageCode { get; init; }
    public required string Footer { get; init; }
    public required string ErrorTitle { get; init; }
    public required string ErrorText { get; init; }
    public required string NotFoundText { get; init; }
    public required string TooLargeText { get; init; }

    public static readonly SiteText De = new()
    {
        Product = "ProcurementKit",
        Tagline = "IT-Sicherheit in kommunalen IoT- und Smart-City-Ausschreibungen",
        Workbench = "Ausschreibung erstellen",
        Evaluation = "Angebote auswerten",
        Library = "Anforderungskatalog",
        OtherLanguage = "English",
        OtherLanguageCode = "en",
        Footer = "Nichts, was Sie hier eingeben oder hochladen, wird auf dem Server gespeichert.",
        ErrorTitle = "Das hat nicht geklappt",
        ErrorText = "Die Anfrage konnte nicht bearbeitet werden. Ihre Eingaben auf der vorigen Seite sind nicht verloren: gehen Sie im Browser zurück.",
        NotFoundText = "Diese Seite gibt es nicht.",
        TooLargeText = "Die hochgeladenen Dateien sind zu groß.",
    };

    public static readonly SiteText En = new()
    {
        Product = "ProcurementKit",
        Tagline = "IT security in municipal IoT and smart-city tenders",
        Workbench = "Build a tender",
        Evaluation = "Evaluate offers",
        Library = "Requirements catalog",
        OtherLanguage = "Deutsch",
        OtherLanguageCode = "de",
        Footer = "Nothing you enter or upload here is stored on the server.",
        ErrorTitle = "That did not work",
        ErrorText = "The request could not be handled. What you entered on the previous page is not lost: go back in the browser.",
        NotFoundText = "This page does not exist.",
        TooLargeText = "The uploaded files are too large.",
    };

    public static SiteText For(Language language) => language == Language.English ? En : De;
}
