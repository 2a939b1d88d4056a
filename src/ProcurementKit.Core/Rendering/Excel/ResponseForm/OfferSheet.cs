using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Evaluation.Methods;
using ProcurementKit.Selection;
using static ProcurementKit.Rendering.Excel.ResponseForm.ResponseFormLayout;

namespace ProcurementKit.Rendering.Excel.ResponseForm;

/// <summary>The cover sheet: which tender, who offers and declares, for which lots at which net prices, and how the form is filled in.</summary>
internal static class OfferSheet
{
    public static SheetBuilder Build(TenderSelection selection, Language language)
    {
        var de = language == Language.German;
        var tender = selection.Tender;
        var sheet = new SheetBuilder(OfferSheet(language)).Width(LabelColumn, 36).Width(InputColumn, 70);
        sheet.Text(1, 1, de ? "Bieterantwortbogen" : "Bidder response form", CellStyle.Title).Height(1, 20);
        sheet.Text(1, 2, de ? "IT-Sicherheitsanforderungen" : "IT security requirements", CellStyle.Label);
        Fact(sheet, 3, de ? "Vergabenummer" : "Tender reference", tender.Reference);
        Fact(sheet, 4, de ? "Auftraggeber" : "Contracting authority", tender.Authority);
        Fact(sheet, 5, de ? "Ausschreibung" : "Tender", tender.Title);
        Fact(sheet, 6, de ? "Anforderungskatalog" : "Requirements catalog", $"{selection.Catalog.Info.Version} ({selection.Catalog.ShortHash})");
        Fact(sheet, 7, de ? "Stand" : "Date", tender.Date);

        sheet.Text(LabelColumn, BidderRow, BidderLabel(language), CellStyle.TotalLabel).Blank(InputColumn, BidderRow, CellStyle.InputBidder)
            .Text(LabelColumn, DeclarantRow, DeclarantLabel(language), CellStyle.TotalLabel).Blank(InputColumn, DeclarantRow, CellStyle.InputText)
            .Text(LabelColumn, PlaceDateRow, PlaceDateLabel(language), CellStyle.TotalLabel).Blank(InputColumn, PlaceDateRow, CellStyle.InputText);
        WriteLots(sheet, selection, language);

        var row = NotesRow(tender);
        sheet.Text(1, row++, de ? "Hinweise zum Ausfüllen" : "How to fill in this form", CellStyle.Label);
        foreach (var note in Notes(selection, language))
        {
            sheet.Text(1, row, note, CellStyle.Note).Merge(1, row, 2, row);
            row++;
        }

        return sheet.Protect().PrintLandscape($"{tender.Reference} – {(de ? "Bieterantwortbogen" : "Bidder response form")}");
    }

    private static void WriteLots(SheetBuilder sheet, TenderSelection selection, Language language)
    {
        var de = language == Language.German;
        var tender = selection.Tender;
        var prices = new List<string>();
        for (var i = 0; i < tender.Lots.Count; i++)
        {
            var lot = tender.Lots[i];
            if (tender.Lots.Count > 1)
            {
                sheet.Text(LabelColumn, BidRow(i), $"{LotBidLabel(lot, language)} ({lot.Title})", CellStyle.TotalLabel)
                    .Blank(InputColumn, BidRow(i), CellStyle.InputCenter)
                    .Validate(Validations.List(CellRef.Of(InputColumn, BidRow(i)), [Yes(language), No(language)], LotBidLabel(lot, language),
                        de ? "ja: Sie bieten für dieses Los; nein oder leer: kein Angebot für dieses Los." : "yes: you bid for this lot; no or empty: no offer for this lot."));
            }

            var label = tender.Lots.Count > 1 ? LotPriceLabel(lot, language) : PriceLabel(language);
            sheet.Text(LabelColumn, PriceRow(tender, i), label, CellStyle.TotalLabel).Blank(InputColumn, PriceRow(tender, i), CellStyle.InputMoney);
            prices.Add(CellRef.Of(InputColumn, PriceRow(tender, i)));
        }

        sheet.Validate(Validations.Decimal(string.Join(' ', prices), 0m, null, PriceLabel(language),
            de ? "Gesamtpreis netto in Euro als Zahl, z. B. 125000,00" : "Total net price in euros as a number, e.g. 125000.00"));
    }

    private static void Fact(SheetBuilder sheet, int row, string label, string value) =>
        sheet.Text(LabelColumn, row, label, CellStyle.Label).Text(InputColumn, row, value, CellStyle.Default);

    private static IEnumerable<string> Notes(TenderSelection selection, Language language)
    {
        var method = AwardMethods.For(selection.Tender.Evaluation);
        var lots = selection.Tender.Lots.Count > 1;
        var answers = string.Join(", ", Answers.Labels(language).Select(a => language == Language.German ? $"„{a}“" : $"“{a}”"));
        var scale = string.Join("; ", selection.Scale.Steps.Select(s => $"{s.Points.ToString("0.##", language.Culture())} = {s.Meaning[language].TrimEnd('.')}"));
        if (language == Language.German)
        {
            yield return $"Füllen Sie nur die gelb hinterlegten Felder aus: hier Bieter, erklärende Person, Ort und Datum{(lots ? ", je Los die Angabe, ob Sie dafür bieten, und den Preis" : " und den Gesamtpreis")}; im Blatt „{RequirementsSheet(language)}“ die Spalten Antwort, Wert, Erläuterung und Nachweis. Alle übrigen Zellen sind geschützt.";
            if (lots)
            {
                yield return "Jedes Los wird getrennt gewertet. Beantworten Sie die Anforderungen der Lose, für die Sie bieten (Spalte „Los“); Anforderungen, die nur andere Lose betreffen, bleiben unbeachtet.";
            }

            yield return $"Maßgeblicher Preis der Wertung ist der hier{(lots ? " je Los" : string.Empty)} angegebene Gesamtpreis netto; er muss mit dem Preisblatt übereinstimmen.";
            yield return $"Beantworten Sie jede Anforderung über die Auswahlliste der Spalte „Antwort“: {answers}.";
            yield return MethodText.Points(selection, language);
            yield return $"Punkteskala für qualitative Wertungskriterien: {scale}.";
            yield return "„Wert“ gilt nur für quantitative Kriterien: Geben Sie den angebotenen Wert als Zahl in der Einheit der Anforderung an (z. B. 10 für 10 Jahre).";
            yield return $"Wertung: {method.Name[language]}. {method.Rule[language]}";
            yield return "Mit dem Namen der erklärenden Person gibt der Bieter die Erklärungen dieses Formulars in Textform (§ 126b BGB) ab.";
            yield return "Speichern Sie die Datei als .xlsx ohne Makros, ohne Kennwort und ohne Verknüpfungen zu anderen Dateien. Formeln in Eingabefeldern werden nicht ausgewertet. Der verbindliche Wortlaut der Anforderungen steht in der Anlage „IT-Sicherheitsanforderungen“.";
        }
        else
        {
            yield return $"Fill in only the yellow fields: here bidder, declaring person, place and date{(lots ? ", for each lot whether you bid for it and the price" : " and the total price")}; on the sheet “{RequirementsSheet(language)}” the columns Answer, Value, Explanation and Evidence. All other cells are protected.";
            if (lots)
            {
                yield return "Each lot is evaluated separately. Answer the requirements of the lots you bid for (column “Lot”); requirements that concern other lots only are not considered.";
            }

            yield return $"The price evaluated is the total net price given here{(lots ? " per lot" : string.Empty)}; it must agree with the price sheet.";
            yield return $"Answer every requirement with the drop-down list in the column “Answer”: {answers}.";
            yield return MethodText.Points(selection, language);
            yield return $"Point scale for qualitative scored criteria: {scale}.";
            yield return "“Value” applies to quantitative criteria only: state the offered value as a number in the requirement's unit (e.g. 10 for 10 years).";
            yield return $"Award method: {method.Name[language]}. {method.Rule[language]}";
            yield return "By naming the declaring person the bidder makes the declarations of this form in text form (§ 126b BGB).";
            yield return "Save the file as .xlsx without macros, without a password and without links to other files. Formulas in input fields are not evaluated. The binding wording of the requirements is in the annex “IT security requirements”.";
        }
    }
}
