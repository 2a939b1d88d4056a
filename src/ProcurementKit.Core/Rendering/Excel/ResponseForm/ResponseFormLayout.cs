using ProcurementKit.Catalog;
using ProcurementKit.Selection;
using ProcurementKit.Tenders;

namespace ProcurementKit.Rendering.Excel.ResponseForm;

/// <summary>
/// Where things are in the response form (Bieterantwortbogen). The writer puts them there and the reader
/// of returned forms looks for them there, so both share these names and positions. A tender with one lot
/// reads as a plain form (one price, no lot column); with several lots the bidder declares per lot whether it
/// bids and at which price, and every requirement names its lots.
/// </summary>
public static class ResponseFormLayout
{
    public const string Kind = "response-form";

    public const int LabelColumn = 1;
    public const int InputColumn = 2;
    public const int BidderRow = 9;
    public const int DeclarantRow = 10;
    public const int PlaceDateRow = 11;
    public const int FirstLotRow = 13;

    public const int HeaderRow = 4;
    public const int FirstRequirementRow = 5;

    /// <summary>Multi-lot forms: row of the "bid for this lot?" answer of the lot at <paramref name="index"/>.</summary>
    public static int BidRow(int index) => FirstLotRow + (2 * index);

    /// <summary>The price row of the lot at <paramref name="index"/> (single-lot forms: the one price row).</summary>
    public static int PriceRow(Tender tender, int index) => tender.Lots.Count == 1 ? FirstLotRow : BidRow(index) + 1;

    /// <summary>The first row below the lots, where the notes start.</summary>
    public static int NotesRow(Tender tender) => PriceRow(tender, tender.Lots.Count - 1) + 2;

    public static RequirementColumns Columns(TenderSelection selection) => RequirementColumns.For(selection.Tender.Lots.Count > 1);

    public static string OfferSheet(Language language) => ResponseFormLabels.For(language).OfferSheet;

    public static string RequirementsSheet(Language language) => ResponseFormLabels.For(language).RequirementsSheet;

    public static string BidderLabel(Language language) => ResponseFormLabels.For(language).Bidder;

    public static string DeclarantLabel(Language language) => ResponseFormLabels.For(language).Declarant;

    public static string PlaceDateLabel(Language language) => ResponseFormLabels.For(language).PlaceDate;

    public static string PriceLabel(Language language) => ResponseFormLabels.For(language).Price;

    public static string LotPriceLabel(Lot lot, Language language) => ResponseFormLabels.For(language).LotPrice(lot.Id);

    public static string LotBidLabel(Lot lot, Language language) => ResponseFormLabels.For(language).LotBid(lot.Id);

    public static string Yes(Language language) => ResponseFormLabels.For(language).Yes;

    public static string No(Language language) => ResponseFormLabels.For(language).No;

    /// <summary>What the lot column says for a requirement: "alle" or the lot ids ("1, 3").</summary>
    public static string LotsOf(SelectedRequirement requirement, Tender tender, Language language) =>
        requirement.Lots.Count == tender.Lots.Count ? ResponseFormLabels.For(language).AllLots : string.Join(", ", requirement.Lots);
}

/// <summary>The columns of the requirements sheet; the lot column exists only in multi-lot forms.</summary>
public sealed record RequirementColumns(int Number, int Id, int Requirement, int Kind, int Weight, int? Lot, int Answer, int Value, int Explanation, int Evidence)
{
    private static readonly RequirementColumns s_single = new(1, 2, 3, 4, 5, null, 6, 7, 8, 9);
    private static readonly RequirementColumns s_lots = new(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

    public static RequirementColumns For(bool lots) => lots ? s_lots : s_single;

    public int Count => Lot is null ? 9 : 10;

    public IReadOnlyList<string> Headers(Language language)
    {
        var labels = ResponseFormLabels.For(language);
        List<string> headers = [.. labels.HeadersBeforeLot];
        if (Lot is not null)
        {
            headers.Add(labels.LotHeader);
        }

        headers.AddRange(labels.HeadersAfterLot);
        return headers;
    }
}
