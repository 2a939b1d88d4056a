using ProcurementKit.Catalog;

namespace ProcurementKit.Rendering.Excel.Matrix;

/// <summary>
/// The words of the evaluation matrix and its ranking sheet in one language. Sheet names, the answers and
/// the block headers are read back from evaluation.xlsx, so writers and readers take them from here through
/// <see cref="MatrixLayout"/>.
/// </summary>
internal sealed class MatrixLabels
{
    public static readonly MatrixLabels German = new()
    {
        MatrixSheet = "Bewertung",
        RankingSheet = "Rangfolge",
        Lot = "Los",
        Open = "offen",
        ToAssess = "zu bewerten",
        Yes = "ja",
        No = "nein",
        Excluded = "Ausschluss",
        BlockHeaders = ["Antwort", "Wert", "Punkte (Formel)", "Punkte (Bewertung)", "Begründung / Nachweis geprüft", "gewichtet"],
        Title = "Bewertungsmatrix",
        Intro = (reference, version, hash, points) => $"Vergabenummer {reference} · Katalog {version} ({hash}) · {points}",
        AwardMethod = "Wertungsmethode",
        MaxPoints = "Höchstpunktzahl je Kriterium",
        Fluctuation = "Schwankungsbereich (%)",
        BidderName = "Bieter (Name laut Antwortformular) →",
        Offers = "Angebote →",
        CriteriaHeaders = ["Nr.", "ID", "Anforderung", "Art", "Gewicht", "Punkteskala", "Gefordert", "Volle Punkte bei"],
        MustBeMet = "muss erfüllt",
        EvaluatorScale = "Skala (Bewertung)",
        Performance = "Leistungspunkte L (Summe gewichtet)",
        Price = "Preis P (netto, EUR)",
        Ratio = "Kennzahl Z = L / P (Punkte je 1.000 EUR)",
        KnockOuts = "Nicht erfüllte A-Kriterien",
        Pending = "Offene Bewertungen",
        Admissible = "Zulässig",
        Rank = "Rang",
        Offer = "Angebot",
        ScaleHint = "Punkte auf der bekannt gemachten Skala; begründen Sie sie in der Spalte daneben.",
        PointsHint = max => $"Punkte 0 bis {max}; sie ersetzen die Formel. Begründen Sie sie in der Spalte daneben.",
        AnswerHint = "erfüllt, teilweise erfüllt oder nicht erfüllt",
        ValueHint = "Angebotener Wert als Zahl",
        PriceTitle = "Preis",
        PriceHint = "Gesamtpreis netto in Euro für dieses Los",
        RankingHeaders = ["Bieter", "Zulässig", "L", "P (netto, EUR)", "Z (L je 1.000 EUR)", "Z / bestes Z", "Im Schwankungsbereich", "Rang", "Gleichstand"],
        BestRatio = "Bestes Z",
        FluctuationFloor = "Untergrenze des Schwankungsbereichs",
    };

    public static readonly MatrixLabels English = new()
    {
        MatrixSheet = "Evaluation",
        RankingSheet = "Ranking",
        Lot = "Lot",
        Open = "open",
        ToAssess = "to assess",
        Yes = "yes",
        No = "no",
        Excluded = "excluded",
        BlockHeaders = ["Answer", "Value", "Points (formula)", "Points (evaluator)", "Reason / evidence checked", "Weighted"],
        Title = "Evaluation matrix",
        Intro = (reference, version, hash, points) => $"Tender reference {reference} · catalog {version} ({hash}) · {points}",
        AwardMethod = "Award method",
        MaxPoints = "Maximum points per criterion",
        Fluctuation = "Fluctuation range (%)",
        BidderName = "Bidder (name as in the response form) →",
        Offers = "Offers →",
        CriteriaHeaders = ["No.", "ID", "Requirement", "Type", "Weight", "Point scale", "Required", "Full points at"],
        MustBeMet = "must be met",
        EvaluatorScale = "scale (evaluator)",
        Performance = "Performance points L (weighted sum)",
        Price = "Price P (net, EUR)",
        Ratio = "Key figure Z = L / P (points per 1,000 EUR)",
        KnockOuts = "A criteria not met",
        Pending = "Pending assessments",
        Admissible = "Admissible",
        Rank = "Rank",
        Offer = "Offer",
        ScaleHint = "Points on the announced scale; give the reason in the next column.",
        PointsHint = max => $"Points 0 to {max}; they replace the formula. Give the reason in the next column.",
        AnswerHint = "met, partially met or not met",
        ValueHint = "Offered value as a number",
        PriceTitle = "Price",
        PriceHint = "Total net price in euros for this lot",
        RankingHeaders = ["Bidder", "Admissible", "L", "P (net, EUR)", "Z (L per 1,000 EUR)", "Z / best Z", "In fluctuation range", "Rank", "Tie"],
        BestRatio = "Best Z",
        FluctuationFloor = "Floor of the fluctuation range",
    };

    // Read back from evaluation.xlsx (through MatrixLayout).
    public required string MatrixSheet { get; init; }
    public required string RankingSheet { get; init; }

    /// <summary>The word in the sheet names of a multi-lot matrix: "Bewertung Los 1".</summary>
    public required string Lot { get; init; }
    public required string Open { get; init; }
    public required string ToAssess { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string Excluded { get; init; }
    public required IReadOnlyList<string> BlockHeaders { get; init; }

    // The head and criteria of the matrix sheet.
    public required string Title { get; init; }

    /// <summary>Tender reference, catalog version, catalog hash and the points sentence.</summary>
    public required Func<string, string, string, string, string> Intro { get; init; }
    public required string AwardMethod { get; init; }
    public required string MaxPoints { get; init; }
    public required string Fluctuation { get; init; }
    public required string BidderName { get; init; }
    public required string Offers { get; init; }
    public required IReadOnlyList<string> CriteriaHeaders { get; init; }
    public required string MustBeMet { get; init; }
    public required string EvaluatorScale { get; init; }

    // The summary rows (MatrixLayout.Summary).
    public required string Performance { get; init; }
    public required string Price { get; init; }
    public required string Ratio { get; init; }
    public required string KnockOuts { get; init; }
    public required string Pending { get; init; }
    public required string Admissible { get; init; }
    public required string Rank { get; init; }

    // A bidder's block.
    public required string Offer { get; init; }
    public required string ScaleHint { get; init; }
    public required Func<int, string> PointsHint { get; init; }
    public required string AnswerHint { get; init; }
    public required string ValueHint { get; init; }
    public required string PriceTitle { get; init; }
    public required string PriceHint { get; init; }

    // The ranking sheet.
    public required IReadOnlyList<string> RankingHeaders { get; init; }
    public required string BestRatio { get; init; }
    public required string FluctuationFloor { get; init; }

    public static MatrixLabels For(Language language) => language == Language.German ? German : English;
}
