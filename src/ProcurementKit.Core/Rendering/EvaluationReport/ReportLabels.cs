using ProcurementKit.Catalog;

namespace ProcurementKit.Rendering.EvaluationReport;

/// <summary>The fixed words of the evaluation report in German and English.</summary>
internal sealed record ReportLabels(Language Language)
{
    private bool De => Language == Language.German;

    public string Title => De ? "Bewertungsbericht" : "Evaluation report";
    public string Provisional => De ? "VORLÄUFIG" : "PROVISIONAL";
    public string Reference => De ? "Vergabenummer" : "Tender reference";
    public string Authority => De ? "Auftraggeber" : "Contracting authority";
    public string Tender => De ? "Ausschreibung" : "Tender";
    public string TenderDate => De ? "Stand der Ausschreibung" : "Tender dated";
    public string Catalog => De ? "Anforderungskatalog" : "Requirements catalog";
    public string SelectionHash => De ? "Selektions-Hash" : "Selection hash";
    public string Requirements => De ? "Anforderungen" : "Requirements";
    public string Forms => De ? "Antwortbögen" : "Response forms";
    public string Method => De ? "Wertungsmethode" : "Award method";
    public string Result => De ? "Ergebnis und Rangfolge" : "Result and ranking";
    public string Excluded => De ? "Ausgeschlossene Angebote" : "Excluded offers";
    public string Rejected => De ? "Nicht ausgewertete Antwortbögen" : "Response forms not evaluated";
    public string PerBidder => De ? "Bewertung je Bieter" : "Evaluation per bidder";
    public string Pending => De ? "Offene Bewertungen" : "Pending assessments";
    public string Signatures => De ? "Bestätigung" : "Confirmation";
    public string Rank => De ? "Rang" : "Rank";
    public string Bidder => De ? "Bieter" : "Bidder";
    public string Admissible => De ? "Zulässig" : "Admissible";
    public string Corridor => De ? "Im Bereich" : "In range";
    public string PendingShort => De ? "Offen" : "Pending";
    public string Reason => De ? "Grund" : "Reason";
    public string File => De ? "Datei" : "File";
    public string Cell => De ? "Zelle" : "Cell";
    public string Problem => De ? "Problem" : "Problem";
    public string No => De ? "Nr." : "No.";
    public string Requirement => De ? "Anforderung" : "Requirement";
    public string Weight => De ? "Gew." : "Wt.";
    public string Answer => De ? "Antwort" : "Answer";
    public string Value => De ? "Wert" : "Value";
    public string Points => De ? "Punkte" : "Points";
    public string Weighted => De ? "gewichtet" : "weighted";
    public string Source => De ? "Quelle" : "Source";
    public string Explanation => De ? "Erläuterung des Bieters" : "Bidder's explanation";
    public string Yes => De ? "ja" : "yes";
    public string NoWord => De ? "nein" : "no";
    public string None => De ? "Keine." : "None.";
    public string NoAnswer => De ? "(keine Antwort)" : "(no answer)";
    public string BestRatio => De ? "Bestes Z" : "Best Z";
    public string CorridorFloor => De ? "Untergrenze des Schwankungsbereichs" : "Floor of the fluctuation range";
    public string Ratio => De ? "Z (L je 1.000 EUR)" : "Z (L per 1,000 EUR)";

    public string Lot(string id, string title) => De ? $"Los {id}: {title}" : $"Lot {id}: {title}";

    public string LotIntro => De
        ? "Das Los wird getrennt gewertet: Zulässigkeit nach seinen Ausschlusskriterien, Leistungspunkte nach seinen Wertungskriterien, Preis laut Antwortformular für dieses Los."
        : "The lot is evaluated on its own: admissibility by its knock-out criteria, performance points by its scored criteria, price as given in the response form for this lot.";

    public string NoOffers => De ? "Für dieses Los ist kein auswertbares Angebot eingegangen." : "No evaluable offer was received for this lot.";

    public string Declarant(string name, string placeAndDate) => De
        ? $"Erklärt durch: {name}{(placeAndDate.Length > 0 ? $" ({placeAndDate})" : string.Empty)}"
        : $"Declared by: {name}{(placeAndDate.Length > 0 ? $" ({placeAndDate})" : string.Empty)}";

    public string EvidenceChecked(string number, string id, string note) => De
        ? $"{number} {id}: Nachweis geprüft – {note}"
        : $"{number} {id}: evidence checked – {note}";
    public string EvaluatedBy => De ? "Bewertet durch (Name, Funktion)" : "Evaluated by (name, role)";
    public string CheckedBy => De ? "Geprüft durch (Name, Funktion)" : "Checked by (name, role)";
    public string DateAndSignature => De ? "Datum, Unterschrift" : "Date, signature";

    public string FormsLine(int evaluated, int rejected) => De
        ? $"{evaluated + rejected} eingegangen, {evaluated} ausgewertet, {rejected} nicht auswertbar"
        : $"{evaluated + rejected} received, {evaluated} evaluated, {rejected} not evaluable";

    public string RequirementsLine(int all, int a, int b) => De ? $"{all} ({a} A-Kriterien, {b} B-Kriterien)" : $"{all} ({a} A criteria, {b} B criteria)";

    public string KnockOutsMet(int count, int checkedCount) => De
        ? $"Alle {count} Ausschlusskriterien (A) sind laut Eigenerklärung des Bieters erfüllt; Nachweis geprüft bei {checkedCount} von {count}."
        : $"All {count} knock-out criteria (A) are met by the bidder's own declaration; evidence checked for {checkedCount} of {count}.";

    public string Figures(string l, string p, string z, string rank) => De
        ? $"Leistungspunkte L = {l} · Preis P = {p} EUR · Kennzahl Z = {z} Punkte je 1.000 EUR · Rang {rank}"
        : $"Performance points L = {l} · price P = {p} EUR · key figure Z = {z} points per 1,000 EUR · rank {rank}";

    public string ExcludedOffer => De ? "Das Angebot ist ausgeschlossen:" : "The offer is excluded:";

    public string NoneNotEvaluated => De ? "Alle eingegangenen Antwortbögen wurden ausgewertet." : "Every response form received was evaluated.";

    public string RejectedIntro => De
        ? "Diese Dateien wurden vor der Wertung geprüft und nicht ausgewertet; die übrigen Angebote wurden unabhängig davon bewertet."
        : "These files were checked before the evaluation and not evaluated; the other offers were evaluated regardless.";

    public string SignatureIntro => De
        ? "Die Bewertung wurde nach der bekannt gemachten Wertungsmethode durchgeführt."
        : "The evaluation followed the award method announced in the tender.";
}
