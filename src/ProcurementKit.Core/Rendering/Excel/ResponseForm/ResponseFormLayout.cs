using ProcurementKit.Catalog;

namespace ProcurementKit.Rendering.Excel.ResponseForm;

/// <summary>
/// Where things are in the response form (Bieterantwortbogen). The writer puts them there and the reader
/// of returned forms looks for them there, so both share these names and positions.
/// </summary>
public static class ResponseFormLayout
{
    public const string Kind = "response-form";

    public const int LabelColumn = 1;
    public const int InputColumn = 2;
    public const int BidderRow = 9;
    public const int PriceRow = 10;

    public const int HeaderRow = 4;
    public const int FirstRequirementRow = 5;

    public const int NumberColumn = 1;
    public const int IdColumn = 2;
    public const int RequirementColumn = 3;
    public const int KindColumn = 4;
    public const int WeightColumn = 5;
    public const int AnswerColumn = 6;
    public const int ValueColumn = 7;
    public const int ExplanationColumn = 8;
    public const int EvidenceColumn = 9;

    public static string OfferSheet(Language language) => language == Language.German ? "Angebot" : "Offer";

    public static string RequirementsSheet(Language language) => language == Language.German ? "Anforderungen" : "Requirements";

    public static string BidderLabel(Language language) => language == Language.German ? "Bieter" : "Bidder";

    public static string PriceLabel(Language language) => language == Language.German ? "Gesamtpreis (netto, EUR)" : "Total price (net, EUR)";

    public static IReadOnlyList<string> Headers(Language language) => language == Language.German
        ? ["Nr.", "ID", "Anforderung", "Art", "Gewicht", "Antwort", "Wert", "Erläuterung", "Nachweis"]
        : ["No.", "ID", "Requirement", "Type", "Weight", "Answer", "Value", "Explanation", "Evidence"];
}
