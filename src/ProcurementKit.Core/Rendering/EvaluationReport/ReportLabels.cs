using ProcurementKit.Catalog;

namespace ProcurementKit.Rendering.EvaluationReport;

/// <summary>The fixed words of the evaluation report in one language.</summary>
internal sealed class ReportLabels
{
    public static readonly ReportLabels German = new()
    {
        Language = Language.German,
        Keywords = ["Vergabe", "Bewertung", "UfAB"],
        Title = "Bewertungsbericht",
        Provisional = "VORLÄUFIG",
        Reference = "Vergabenummer",
        Authority = "Auftraggeber",
        Tender = "Ausschreibung",
        TenderDate = "Stand der Ausschreibung",
        Catalog = "Anforderungskatalog",
        SelectionHash = "Selektions-Hash",
        Requirements = "Anforderungen",
        Forms = "Antwortbögen",
        Method = "Wertungsmethode",
        Result = "Ergebnis und Rangfolge",
        Excluded = "Ausgeschlossene Angebote",
        Rejected = "Nicht ausgewertete Antwortbögen",
        PerBidder = "Bewertung je Bieter",
        Pending = "Offene Bewertungen",
        Signatures = "Bestätigung",
        Rank = "Rang",
        Bidder = "Bieter",
        Admissible = "Zulässig",
        Corridor = "Im Bereich",
        PendingShort = "Offen",
        Reason = "Grund",
        File = "Datei",
        Cell = "Zelle",
        Problem = "Problem",
        No = "Nr.",
        Requirement = "Anforderung",
        Weight = "Gew.",
        Answer = "Antwort",
        Value = "Wert",
        Points = "Punkte",
        Weighted = "gewichtet",
        Source = "Quelle",
        Explanation = "Erläuterung des Bieters",
        Yes = "ja",
        NoWord = "nein",
        None = "Keine.",
        NoAnswer = "(keine Antwort)",
        BestRatio = "Bestes Z",
        CorridorFloor = "Untergrenze des Schwankungsbereichs",
        Ratio = "Z (L je 1.000 EUR)",
        Lot = (id, title) => $"Los {id}: {title}",
        LotIntro = "Das Los wird getrennt gewertet: Zulässigkeit nach seinen Ausschlusskriterien, Leistungspunkte nach seinen Wertungskriterien, Preis laut Antwortformular für dieses Los.",
        NoOffers = "Für dieses Los ist kein auswertbares Angebot eingegangen.",
        Declarant = (name, placeAndDate) => $"Erklärt durch: {name}{(placeAndDate.Length > 0 ? $" ({placeAndDate})" : string.Empty)}",
        EvidenceChecked = (number, id, note) => $"{number} {id}: Nachweis geprüft – {note}",
        EvaluatedBy = "Bewertet durch (Name, Funktion)",
        CheckedBy = "Geprüft durch (Name, Funktion)",
        DateAndSignature = "Datum, Unterschrift",
        FormsLine = (evaluated, rejected) => $"{evaluated + rejected} eingegangen, {evaluated} ausgewertet, {rejected} nicht auswertbar",
        RequirementsLine = (all, a, b) => $"{all} ({a} A-Kriterien, {b} B-Kriterien)",
        KnockOutsMet = (count, checkedCount) => $"Alle {count} Ausschlusskriterien (A) sind laut Eigenerklärung des Bieters erfüllt; Nachweis geprüft bei {checkedCount} von {count}.",
        Figures = (l, p, z, rank) => $"Leistungspunkte L = {l} · Preis P = {p} EUR · Kennzahl Z = {z} Punkte je 1.000 EUR · Rang {rank}",
        ExcludedOffer = "Das Angebot ist ausgeschlossen:",
        NoneNotEvaluated = "Alle eingegangenen Antwortbögen wurden ausgewertet.",
        RejectedIntro = "Diese Dateien wurden vor der Wertung geprüft und nicht ausgewertet; die übrigen Angebote wurden unabhängig davon bewertet.",
        SignatureIntro = "Die Bewertung wurde nach der bekannt gemachten Wertungsmethode durchgeführt.",
    };

    public static readonly ReportLabels English = new()
    {
        Language = Language.English,
        Keywords = ["Procurement", "Evaluation", "UfAB"],
        Title = "Evaluation report",
        Provisional = "PROVISIONAL",
        Reference = "Tender reference",
        Authority = "Contracting authority",
        Tender = "Tender",
        TenderDate = "Tender dated",
        Catalog = "Requirements catalog",
        SelectionHash = "Selection hash",
        Requirements = "Requirements",
        Forms = "Response forms",
        Method = "Award method",
        Result = "Result and ranking",
        Excluded = "Excluded offers",
        Rejected = "Response forms not evaluated",
        PerBidder = "Evaluation per bidder",
        Pending = "Pending assessments",
        Signatures = "Confirmation",
        Rank = "Rank",
        Bidder = "Bidder",
        Admissible = "Admissible",
        Corridor = "In range",
        PendingShort = "Pending",
        Reason = "Reason",
        File = "File",
        Cell = "Cell",
        Problem = "Problem",
        No = "No.",
        Requirement = "Requirement",
        Weight = "Wt.",
        Answer = "Answer",
        Value = "Value",
        Points = "Points",
        Weighted = "weighted",
        Source = "Source",
        Explanation = "Bidder's explanation",
        Yes = "yes",
        NoWord = "no",
        None = "None.",
        NoAnswer = "(no answer)",
        BestRatio = "Best Z",
        CorridorFloor = "Floor of the fluctuation range",
        Ratio = "Z (L per 1,000 EUR)",
        Lot = (id, title) => $"Lot {id}: {title}",
        LotIntro = "The lot is evaluated on its own: admissibility by its knock-out criteria, performance points by its scored criteria, price as given in the response form for this lot.",
        NoOffers = "No evaluable offer was received for this lot.",
        Declarant = (name, placeAndDate) => $"Declared by: {name}{(placeAndDate.Length > 0 ? $" ({placeAndDate})" : string.Empty)}",
        EvidenceChecked = (number, id, note) => $"{number} {id}: evidence checked – {note}",
        EvaluatedBy = "Evaluated by (name, role)",
        CheckedBy = "Checked by (name, role)",
        DateAndSignature = "Date, signature",
        FormsLine = (evaluated, rejected) => $"{evaluated + rejected} received, {evaluated} evaluated, {rejected} not evaluable",
        RequirementsLine = (all, a, b) => $"{all} ({a} A criteria, {b} B criteria)",
        KnockOutsMet = (count, checkedCount) => $"All {count} knock-out criteria (A) are met by the bidder's own declaration; evidence checked for {checkedCount} of {count}.",
        Figures = (l, p, z, rank) => $"Performance points L = {l} · price P = {p} EUR · key figure Z = {z} points per 1,000 EUR · rank {rank}",
        ExcludedOffer = "The offer is excluded:",
        NoneNotEvaluated = "Every response form received was evaluated.",
        RejectedIntro = "These files were checked before the evaluation and not evaluated; the other offers were evaluated regardless.",
        SignatureIntro = "The evaluation followed the award method announced in the tender.",
    };

    public required Language Language { get; init; }
    public required IReadOnlyList<string> Keywords { get; init; }
    public required string Title { get; init; }
    public required string Provisional { get; init; }
    public required string Reference { get; init; }
    public required string Authority { get; init; }
    public required string Tender { get; init; }
    public required string TenderDate { get; init; }
    public required string Catalog { get; init; }
    public required string SelectionHash { get; init; }
    public required string Requirements { get; init; }
    public required string Forms { get; init; }
    public required string Method { get; init; }
    public required string Result { get; init; }
    public required string Excluded { get; init; }
    public required string Rejected { get; init; }
    public required string PerBidder { get; init; }
    public required string Pending { get; init; }
    public required string Signatures { get; init; }
    public required string Rank { get; init; }
    public required string Bidder { get; init; }
    public required string Admissible { get; init; }
    public required string Corridor { get; init; }
    public required string PendingShort { get; init; }
    public required string Reason { get; init; }
    public required string File { get; init; }
    public required string Cell { get; init; }
    public required string Problem { get; init; }
    public required string No { get; init; }
    public required string Requirement { get; init; }
    public required string Weight { get; init; }
    public required string Answer { get; init; }
    public required string Value { get; init; }
    public required string Points { get; init; }
    public required string Weighted { get; init; }
    public required string Source { get; init; }
    public required string Explanation { get; init; }
    public required string Yes { get; init; }
    public required string NoWord { get; init; }
    public required string None { get; init; }
    public required string NoAnswer { get; init; }
    public required string BestRatio { get; init; }
    public required string CorridorFloor { get; init; }
    public required string Ratio { get; init; }
    public required Func<string, string, string> Lot { get; init; }
    public required string LotIntro { get; init; }
    public required string NoOffers { get; init; }
    public required Func<string, string, string> Declarant { get; init; }
    public required Func<string, string, string, string> EvidenceChecked { get; init; }
    public required string EvaluatedBy { get; init; }
    public required string CheckedBy { get; init; }
    public required string DateAndSignature { get; init; }
    public required Func<int, int, string> FormsLine { get; init; }
    public required Func<int, int, int, string> RequirementsLine { get; init; }
    public required Func<int, int, string> KnockOutsMet { get; init; }
    public required Func<string, string, string, string, string> Figures { get; init; }
    public required string ExcludedOffer { get; init; }
    public required string NoneNotEvaluated { get; init; }
    public required string RejectedIntro { get; init; }
    public required string SignatureIntro { get; init; }

    public static ReportLabels For(Language language) => language == Language.German ? German : English;
}
