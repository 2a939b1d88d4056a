using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Evaluation.Methods;
using ProcurementKit.Selection;
using ProcurementKit.Text;
using static ProcurementKit.Rendering.Excel.ResponseForm.ResponseFormLayout;

namespace ProcurementKit.Rendering.Excel.ResponseForm;

/// <summary>The cover sheet: which tender, who offers and declares, for which lots at which net prices, and how the form is filled in.</summary>
internal static class OfferSheet
{
    public static SheetBuilder Build(TenderSelection selection, Language language)
    {
        var labels = ResponseFormLabels.For(language);
        var tender = selection.Tender;
        var sheet = new SheetBuilder(OfferSheet(language)).Width(LabelColumn, 36).Width(InputColumn, 70);
        sheet.Text(1, 1, labels.Title, CellStyle.Title).Height(1, 20);
        sheet.Text(1, 2, labels.Subtitle, CellStyle.Label);
        Fact(sheet, 3, labels.TenderReference, tender.Reference);
        Fact(sheet, 4, labels.Authority, tender.Authority);
        Fact(sheet, 5, labels.Tender, tender.Title);
        Fact(sheet, 6, labels.Catalog, $"{selection.Catalog.Info.Version} ({selection.Catalog.ShortHash})");
        Fact(sheet, 7, labels.Date, DateText.Long(tender.Date, language));

        sheet.Text(LabelColumn, BidderRow, BidderLabel(language), CellStyle.TotalLabel).Blank(InputColumn, BidderRow, CellStyle.InputBidder)
            .Text(LabelColumn, DeclarantRow, DeclarantLabel(language), CellStyle.TotalLabel).Blank(InputColumn, DeclarantRow, CellStyle.InputText)
            .Text(LabelColumn, PlaceDateRow, PlaceDateLabel(language), CellStyle.TotalLabel).Blank(InputColumn, PlaceDateRow, CellStyle.InputText);
        WriteLots(sheet, selection, language);

        var row = NotesRow(tender);
        sheet.Text(1, row++, labels.HowToFillIn, CellStyle.Label);
        foreach (var note in Notes(selection, language))
        {
            sheet.Text(1, row, note, CellStyle.Note).Merge(1, row, 2, row);
            row++;
        }

        return sheet.Protect().PrintLandscape($"{tender.Reference} – {labels.Title}");
    }

    private static void WriteLots(SheetBuilder sheet, TenderSelection selection, Language language)
    {
        var labels = ResponseFormLabels.For(language);
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
                        labels.LotBidHint));
            }

            var label = tender.Lots.Count > 1 ? LotPriceLabel(lot, language) : PriceLabel(language);
            sheet.Text(LabelColumn, PriceRow(tender, i), label, CellStyle.TotalLabel).Blank(InputColumn, PriceRow(tender, i), CellStyle.InputMoney);
            prices.Add(CellRef.Of(InputColumn, PriceRow(tender, i)));
        }

        sheet.Validate(Validations.Decimal(string.Join(' ', prices), 0m, null, PriceLabel(language),
            labels.PriceHint));
    }

    private static void Fact(SheetBuilder sheet, int row, string label, string value) =>
        sheet.Text(LabelColumn, row, label, CellStyle.Label).Text(InputColumn, row, value, CellStyle.Default);

    private static IEnumerable<string> Notes(TenderSelection selection, Language language)
    {
        var labels = ResponseFormLabels.For(language);
        var method = AwardMethods.For(selection.Tender.Evaluation);
        var lots = selection.Tender.Lots.Count > 1;
        var answers = string.Join(", ", Answers.Labels(language).Select(labels.Quote));
        var scale = string.Join("; ", selection.Scale.Steps.Select(s => $"{s.Points.ToString("0.##", language.Culture())} = {s.Meaning[language].TrimEnd('.')}"));
        yield return labels.FillInNote(lots, RequirementsSheet(language));
        if (lots)
        {
            yield return labels.LotsNote;
        }

        yield return labels.PriceNote(lots);
        yield return labels.AnswersNote(answers);
        yield return MethodText.Points(selection, language);
        yield return labels.ScaleNote(scale);
        yield return labels.ValueNote;
        yield return labels.MethodNote(method.Name[language], method.Rule[language]);
        yield return labels.DeclarationNote;
        yield return labels.SaveNote;
    }
}
