using ProcurementKit.Catalog;

namespace ProcurementKit.Rendering.Excel.ResponseForm;

/// <summary>
/// The words of the response form (Bieterantwortbogen) in one language. Sheet names, label cells and the
/// yes/no answers are read back from returned forms, so the writer and the reader take them from here
/// through <see cref="ResponseFormLayout"/>.
/// </summary>
internal sealed class ResponseFormLabels
{
    public static readonly ResponseFormLabels German = new()
    {
        OfferSheet = "Angebot",
        RequirementsSheet = "Anforderungen",
        Bidder = "Bieter (Firma)",
        Declarant = "Name der erklärenden Person",
        PlaceDate = "Ort, Datum",
        Price = "Gesamtpreis (netto, EUR)",
        LotPrice = lot => $"Los {lot}: Gesamtpreis (netto, EUR)",
        LotBid = lot => $"Los {lot}: Angebot für dieses Los",
        Yes = "ja",
        No = "nein",
        AllLots = "alle",
        HeadersBeforeLot = ["Nr.", "ID", "Anforderung", "Art", "Gewicht"],
        LotHeader = "Los",
        HeadersAfterLot = ["Antwort", "Wert", "Erläuterung", "Nachweis"],
        Title = "Bieterantwortbogen",
        Subtitle = "IT-Sicherheitsanforderungen",
        TenderReference = "Vergabenummer",
        Authority = "Auftraggeber",
        Tender = "Ausschreibung",
        Catalog = "Anforderungskatalog",
        Date = "Stand",
        HowToFillIn = "Hinweise zum Ausfüllen",
        LotBidHint = "ja: Sie bieten für dieses Los; nein oder leer: kein Angebot für dieses Los.",
        PriceHint = "Gesamtpreis netto in Euro als Zahl, z. B. 125000,00",
        Quote = text => $"„{text}“",
        FillInNote = (lots, sheet) => $"Füllen Sie nur die gelb hinterlegten Felder aus: hier Bieter, erklärende Person, Ort und Datum{(lots ? ", je Los die Angabe, ob Sie dafür bieten, und den Preis" : " und den Gesamtpreis")}; im Blatt „{sheet}“ die Spalten Antwort, Wert, Erläuterung und Nachweis. Alle übrigen Zellen sind geschützt.",
        LotsNote = "Jedes Los wird getrennt gewertet. Beantworten Sie die Anforderungen der Lose, für die Sie bieten (Spalte „Los“); Anforderungen, die nur andere Lose betreffen, bleiben unbeachtet.",
        PriceNote = lots => $"Maßgeblicher Preis der Wertung ist der hier{(lots ? " je Los" : string.Empty)} angegebene Gesamtpreis netto; er muss mit dem Preisblatt übereinstimmen.",
        AnswersNote = answers => $"Beantworten Sie jede Anforderung über die Auswahlliste der Spalte „Antwort“: {answers}.",
        ScaleNote = scale => $"Punkteskala für qualitative Wertungskriterien: {scale}.",
        ValueNote = "„Wert“ gilt nur für quantitative Kriterien: Geben Sie den angebotenen Wert als Zahl in der Einheit der Anforderung an (z. B. 10 für 10 Jahre).",
        MethodNote = (name, rule) => $"Wertung: {name}. {rule}",
        DeclarationNote = "Mit dem Namen der erklärenden Person gibt der Bieter die Erklärungen dieses Formulars in Textform (§ 126b BGB) ab.",
        SaveNote = "Speichern Sie die Datei als .xlsx ohne Makros, ohne Kennwort und ohne Verknüpfungen zu anderen Dateien. Formeln in Eingabefeldern werden nicht ausgewertet. Der verbindliche Wortlaut der Anforderungen steht in der Anlage „IT-Sicherheitsanforderungen“.",
        RequirementsIntro = reference => $"Vergabenummer {reference}. Antworten nur in den gelben Feldern; A = Ausschlusskriterium, B = Bewertungskriterium mit Gewicht.",
        AnswerHint = "Bitte aus der Liste wählen: erfüllt, teilweise erfüllt oder nicht erfüllt.",
        ValueHint = "Angebotener Wert als Zahl in der Einheit der Anforderung (z. B. 10 für 10 Jahre).",
        RequiredEvidence = "Geforderter Nachweis",
        ValueOrMore = (required, full) => $"Wert: gefordert {required} (0 Punkte) · {full} oder mehr = volle Punktzahl",
        ValueOrLess = (required, full) => $"Wert: gefordert {required} (0 Punkte) · {full} oder weniger = volle Punktzahl",
    };

    public static readonly ResponseFormLabels English = new()
    {
        OfferSheet = "Offer",
        RequirementsSheet = "Requirements",
        Bidder = "Bidder (company)",
        Declarant = "Name of the declaring person",
        PlaceDate = "Place, date",
        Price = "Total price (net, EUR)",
        LotPrice = lot => $"Lot {lot}: total price (net, EUR)",
        LotBid = lot => $"Lot {lot}: offer for this lot",
        Yes = "yes",
        No = "no",
        AllLots = "all",
        HeadersBeforeLot = ["No.", "ID", "Requirement", "Type", "Weight"],
        LotHeader = "Lot",
        HeadersAfterLot = ["Answer", "Value", "Explanation", "Evidence"],
        Title = "Bidder response form",
        Subtitle = "IT security requirements",
        TenderReference = "Tender reference",
        Authority = "Contracting authority",
        Tender = "Tender",
        Catalog = "Requirements catalog",
        Date = "Date",
        HowToFillIn = "How to fill in this form",
        LotBidHint = "yes: you bid for this lot; no or empty: no offer for this lot.",
        PriceHint = "Total net price in euros as a number, e.g. 125000.00",
        Quote = text => $"“{text}”",
        FillInNote = (lots, sheet) => $"Fill in only the yellow fields: here bidder, declaring person, place and date{(lots ? ", for each lot whether you bid for it and the price" : " and the total price")}; on the sheet “{sheet}” the columns Answer, Value, Explanation and Evidence. All other cells are protected.",
        LotsNote = "Each lot is evaluated separately. Answer the requirements of the lots you bid for (column “Lot”); requirements that concern other lots only are not considered.",
        PriceNote = lots => $"The price evaluated is the total net price given here{(lots ? " per lot" : string.Empty)}; it must agree with the price sheet.",
        AnswersNote = answers => $"Answer every requirement with the drop-down list in the column “Answer”: {answers}.",
        ScaleNote = scale => $"Point scale for qualitative scored criteria: {scale}.",
        ValueNote = "“Value” applies to quantitative criteria only: state the offered value as a number in the requirement's unit (e.g. 10 for 10 years).",
        MethodNote = (name, rule) => $"Award method: {name}. {rule}",
        DeclarationNote = "By naming the declaring person the bidder makes the declarations of this form in text form (§ 126b BGB).",
        SaveNote = "Save the file as .xlsx without macros, without a password and without links to other files. Formulas in input fields are not evaluated. The binding wording of the requirements is in the annex “IT security requirements”.",
        RequirementsIntro = reference => $"Tender reference {reference}. Answer in the yellow fields only; A = knock-out criterion, B = scored criterion with weight.",
        AnswerHint = "Please choose from the list: met, partially met or not met.",
        ValueHint = "Offered value as a number in the requirement's unit (e.g. 10 for 10 years).",
        RequiredEvidence = "Required evidence",
        ValueOrMore = (required, full) => $"Value: required {required} (0 points) · {full} or more = full points",
        ValueOrLess = (required, full) => $"Value: required {required} (0 points) · {full} or less = full points",
    };

    // Read back from returned forms (through ResponseFormLayout).
    public required string OfferSheet { get; init; }
    public required string RequirementsSheet { get; init; }
    public required string Bidder { get; init; }
    public required string Declarant { get; init; }
    public required string PlaceDate { get; init; }
    public required string Price { get; init; }
    public required Func<string, string> LotPrice { get; init; }
    public required Func<string, string> LotBid { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }

    /// <summary>What the lot column says for a requirement of every lot.</summary>
    public required string AllLots { get; init; }
    public required IReadOnlyList<string> HeadersBeforeLot { get; init; }
    public required string LotHeader { get; init; }
    public required IReadOnlyList<string> HeadersAfterLot { get; init; }

    // The offer sheet.
    public required string Title { get; init; }
    public required string Subtitle { get; init; }
    public required string TenderReference { get; init; }
    public required string Authority { get; init; }
    public required string Tender { get; init; }
    public required string Catalog { get; init; }
    public required string Date { get; init; }
    public required string HowToFillIn { get; init; }
    public required string LotBidHint { get; init; }
    public required string PriceHint { get; init; }

    /// <summary>An answer quoted in the notes: „erfüllt“ / “met”.</summary>
    public required Func<string, string> Quote { get; init; }

    /// <summary>The first note: which fields to fill in (multi-lot or not) and the name of the requirements sheet.</summary>
    public required Func<bool, string, string> FillInNote { get; init; }
    public required string LotsNote { get; init; }
    public required Func<bool, string> PriceNote { get; init; }
    public required Func<string, string> AnswersNote { get; init; }
    public required Func<string, string> ScaleNote { get; init; }
    public required string ValueNote { get; init; }
    public required Func<string, string, string> MethodNote { get; init; }
    public required string DeclarationNote { get; init; }
    public required string SaveNote { get; init; }

    // The requirements sheet.
    public required Func<string, string> RequirementsIntro { get; init; }
    public required string AnswerHint { get; init; }
    public required string ValueHint { get; init; }
    public required string RequiredEvidence { get; init; }

    /// <summary>"Wert: gefordert 7 Jahre (0 Punkte) · 12 Jahre oder mehr = volle Punktzahl".</summary>
    public required Func<string, string, string> ValueOrMore { get; init; }
    public required Func<string, string, string> ValueOrLess { get; init; }

    public static ResponseFormLabels For(Language language) => language == Language.German ? German : English;
}
