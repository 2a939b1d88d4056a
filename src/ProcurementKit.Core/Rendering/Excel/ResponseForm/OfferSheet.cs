using ProcurementKit.Evaluation.Methods;
using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Selection;
using static ProcurementKit.Rendering.Excel.ResponseForm.ResponseFormLayout;

namespace ProcurementKit.Rendering.Excel.ResponseForm;

/// <summary>The cover sheet: which tender, who offers at which net price, and how the form is filled in.</summary>
internal static class OfferSheet
{
    public static SheetBuilder Build(TenderSelection selection, Language language)
    {
        var de = language == Language.German;
        var tender = selection.Tender;
        var sheet = new SheetBuilder(OfferSheet(language)).Width(LabelColumn, 30).Width(InputColumn, 70);
        sheet.Text(1, 1, de ? "Bieterantwortbogen" : "Bidder response form", CellStyle.Title).Height(1, 20);
        sheet.Text(1, 2, de ? "IT-Sicherheitsanforderungen" : "IT security requirements", CellStyle.Label);
        Fact(sheet, 3, de ? "Vergabenummer" : "Tender reference", tender.Reference);
        Fact(sheet, 4, de ? "Auftraggeber" : "Contracting authority", tender.Authority);
        Fact(sheet, 5, de ? "Ausschreibung" : "Tender", tender.Title);
        Fact(sheet, 6, de ? "Anforderungskatalog" : "Requirements catalog", $"{selection.Catalog.Info.Version} ({selection.Catalog.ShortHash})");
        Fact(sheet, 7, de ? "Stand" : "Date", tender.Date);

        sheet.Text(LabelColumn, BidderRow, BidderLabel(language), CellStyle.TotalLabel)
            .Blank(InputColumn, BidderRow, CellStyle.InputBidder)
            .Text(LabelColumn, PriceRow, PriceLabel(language), CellStyle.TotalLabel)
            .Blank(InputColumn, PriceRow, CellStyle.InputMoney)
            .Validate(Validations.Decimal(
                CellRef.Of(InputColumn, PriceRow), 0m, null,
                PriceLabel(language),
                de ? "Gesamtpreis netto in Euro als Zahl, z. B. 125000,00" : "Total net price in euros as a number, e.g. 125000.00"));

        var row = PriceRow + 2;
        sheet.Text(1, row++, de ? "Hinweise zum Ausfüllen" : "How to fill in this form", CellStyle.Label);
        foreach (var note in Notes(selection, language))
        {
            sheet.Text(1, row, note, CellStyle.Note).Merge(1, row, 2, row);
            row++;
        }

        return sheet.Protect().PrintLandscape($"{tender.Reference} – {(de ? "Bieterantwortbogen" : "Bidder response form")}");
    }

    private static void Fact(SheetBuilder sheet, int row, string label, string value) =>
        sheet.Text(LabelColumn, row, label, CellStyle.Label).Text(InputColumn, row, value, CellStyle.Default);

    private static IEnumerable<string> Notes(TenderSelection selection, Language language)
    {
        var settings = selection.Tender.Evaluation;
        var answers = string.Join(", ", Answers.Labels(language).Select(a => language == Language.German ? $"„{a}“" : $"“{a}”"));
        if (language == Language.German)
        {
            yield return $"Füllen Sie nur die gelb hinterlegten Felder aus: hier „Bieter“ und „Gesamtpreis (netto, EUR)“, im Blatt „{RequirementsSheet(language)}“ die Spalten Antwort, Wert, Erläuterung und Nachweis. Alle übrigen Zellen sind geschützt.";
            yield return $"Beantworten Sie jede Anforderung über die Auswahlliste der Spalte „Antwort“: {answers}.";
            yield return MethodText.Points(settings, language);
            yield return "„Wert“ gilt nur für quantitative Kriterien: Geben Sie den angebotenen Wert als Zahl in der Einheit der Anforderung an (z. B. 10 für 10 Jahre).";
            yield return $"Wertung: {AwardMethods.For(settings).Name[language]}. {AwardMethods.For(settings).Rule[language]}";
            yield return "Speichern Sie die Datei als .xlsx ohne Makros, ohne Kennwort und ohne Verknüpfungen zu anderen Dateien. Formeln in Eingabefeldern werden nicht ausgewertet. Der verbindliche Wortlaut der Anforderungen steht in der Anlage „IT-Sicherheitsanforderungen“.";
        }
        else
        {
            yield return $"Fill in only the yellow fields: here “Bidder” and “Total price (net, EUR)”, on the sheet “{RequirementsSheet(language)}” the columns Answer, Value, Explanation and Evidence. All other cells are protected.";
            yield return $"Answer every requirement with the drop-down list in the column “Answer”: {answers}.";
            yield return MethodText.Points(settings, language);
            yield return "“Value” applies to quantitative criteria only: state the offered value as a number in the requirement's unit (e.g. 10 for 10 years).";
            yield return $"Award method: {AwardMethods.For(settings).Name[language]}. {AwardMethods.For(settings).Rule[language]}";
            yield return "Save the file as .xlsx without macros, without a password and without links to other files. Formulas in input fields are not evaluated. The binding wording of the requirements is in the annex “IT security requirements”.";
        }
    }
}
