using DocumentFormat.OpenXml.Spreadsheet;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Excel.ResponseForm;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Excel;

public sealed class ResponseFormWriterTests
{
    private static readonly Lazy<ProcurementKit.Selection.TenderSelection> s_selection = new(() => ExampleSelection.For("lorawan-network.json"));

    private static byte[] Render(Language language) =>
        ExampleSelection.Render(s => ResponseFormWriter.Write(s, s_selection.Value, language));

    [Fact]
    public void Should_PassTheOpenXmlValidator_When_FormIsWritten()
    {
        using var form = XlsxFile.Open(Render(Language.German));

        form.ValidationErrors().ShouldBeEmpty();
    }

    [Fact]
    public void Should_LabelBidderAndPriceWithInputCellsToTheRight_When_FormIsGerman()
    {
        using var form = XlsxFile.Open(Render(Language.German));

        form.SheetNames.ShouldBe(["Angebot", "Anforderungen", "ProcurementKit"]);
        // The LoRaWAN tender has three lots: the bidder declares for each whether it bids, and its price.
        Enumerable.Range(9, 10).Select(r => form.Text("Angebot", $"A{r}")).ShouldBe(
        [
            "Bieter (Firma)", "Name der erklärenden Person", "Ort, Datum", null,
            "Los 1: Angebot für dieses Los (LoRaWAN-Gateways einschließlich Montage und Inbetriebnahme)", "Los 1: Gesamtpreis (netto, EUR)",
            "Los 2: Angebot für dieses Los (Netzwerkserver mit Join-Server und Geräteverwaltung)", "Los 2: Gesamtpreis (netto, EUR)",
            "Los 3: Angebot für dieses Los (Sensoren für Wasserstände, Niederschlag und Umweltdaten)", "Los 3: Gesamtpreis (netto, EUR)",
        ]);
        foreach (var row in new[] { 9, 10, 11, 13, 14, 15, 16, 17, 18 })
        {
            IsUnlocked(form, "Angebot", $"B{row}").ShouldBeTrue();
        }

        IsUnlocked(form, "Angebot", "A9").ShouldBeFalse();
        form.Worksheet("Angebot").Descendants<DataValidation>().Where(v => v.Type! == DataValidationValues.List).Select(v => v.SequenceOfReferences!.InnerText)
            .ShouldBe(["B13", "B15", "B17"]);
        form.Text("Angebot", "B3").ShouldBe("2026-IT-042");
    }

    [Fact]
    public void Should_ListEveryRequirementWithTheAgreedHeaders_When_FormIsGerman()
    {
        using var form = XlsxFile.Open(Render(Language.German));
        var selection = s_selection.Value;

        Enumerable.Range(0, 10).Select(c => form.Text("Anforderungen", $"{(char)('A' + c)}4"))
            .ShouldBe(["Nr.", "ID", "Anforderung", "Art", "Gewicht", "Los", "Antwort", "Wert", "Erläuterung", "Nachweis"]);
        var lots = selection.Requirements.Select((r, i) => (r, Row: i + 5)).First(x => x.r.Lots.Count == 1);
        form.Text("Anforderungen", $"F{lots.Row}").ShouldBe(lots.r.Lots.Single());
        form.Text("Anforderungen", $"F{selection.Requirements.Select((r, i) => (r, Row: i + 5)).First(x => x.r.Lots.Count == 3).Row}").ShouldBe("alle");
        var last = 4 + selection.Requirements.Count;
        form.Text("Anforderungen", "B5").ShouldBe(selection.Requirements[0].Id);
        form.Text("Anforderungen", $"B{last}").ShouldBe(selection.Requirements[^1].Id);
        form.Text("Anforderungen", $"B{last + 1}").ShouldBeNull();
        form.Text("Anforderungen", "C5")!.ShouldStartWith(selection.Requirements[0].Title.De);
    }

    [Fact]
    public void Should_OfferTheThreeAnswersAsDropDown_When_FormIsWritten()
    {
        using var form = XlsxFile.Open(Render(Language.German));
        var last = 4 + s_selection.Value.Requirements.Count;

        var list = form.Worksheet("Anforderungen").Descendants<DataValidation>().Single(v => v.Type! == DataValidationValues.List);
        list.Formula1!.Text.ShouldBe("\"erfüllt,teilweise erfüllt,nicht erfüllt\"");
        list.SequenceOfReferences!.InnerText.ShouldBe($"G5:G{last}");
    }

    [Fact]
    public void Should_ProtectSheetsAndOpenOnlyAnswerCells_When_FormIsWritten()
    {
        using var form = XlsxFile.Open(Render(Language.German));
        var selection = s_selection.Value;
        var quantitative = selection.Requirements.Select((r, i) => (r, Row: i + 5)).First(x => x.r.Id == "UPD-02" && x.r.Clause.Scoring is not null && !x.r.Obligation.IsKnockOut);
        var knockOut = selection.Requirements.Select((r, i) => (r, Row: i + 5)).First(x => x.r.Obligation.IsKnockOut);

        form.Worksheet("Angebot").GetFirstChild<SheetProtection>()!.Sheet!.Value.ShouldBeTrue();
        form.Worksheet("Anforderungen").GetFirstChild<SheetProtection>()!.Sheet!.Value.ShouldBeTrue();
        form.WorkbookPart.Workbook.WorkbookProtection!.LockStructure!.Value.ShouldBeTrue();
        foreach (var column in "ABCDEF")
        {
            IsUnlocked(form, "Anforderungen", $"{column}{knockOut.Row}").ShouldBeFalse();
        }

        foreach (var column in "GIJ")
        {
            IsUnlocked(form, "Anforderungen", $"{column}{knockOut.Row}").ShouldBeTrue();
        }

        IsUnlocked(form, "Anforderungen", $"H{knockOut.Row}").ShouldBeFalse();
        IsUnlocked(form, "Anforderungen", $"H{quantitative.Row}").ShouldBeTrue();
        form.Text("Anforderungen", $"C{quantitative.Row}")!.ShouldContain("Wert: gefordert 8\u00A0Jahre (0 Punkte) · 12\u00A0Jahre oder mehr = volle Punktzahl");
    }

    [Fact]
    public void Should_RecordTenderAndSelectionHashInAHiddenSheet_When_FormIsWritten()
    {
        using var form = XlsxFile.Open(Render(Language.German));

        form.StateOf("ProcurementKit").ShouldBe(SheetStateValues.VeryHidden);
        var record = form.Record();
        record["workbook"].ShouldBe("response-form");
        record["tender-reference"].ShouldBe("2026-IT-042");
        record["selection-hash"].ShouldBe(s_selection.Value.Hash());
        record["language"].ShouldBe("de");
    }

    [Fact]
    public void Should_UseEnglishLabels_When_LanguageIsEnglish()
    {
        using var form = XlsxFile.Open(Render(Language.English));

        form.SheetNames.ShouldBe(["Offer", "Requirements", "ProcurementKit"]);
        (form.Text("Offer", "A9"), form.Text("Offer", "A10"), form.Text("Offer", "A14")).ShouldBe(("Bidder (company)", "Name of the declaring person", "Lot 1: total price (net, EUR)"));
        Enumerable.Range(0, 10).Select(c => form.Text("Requirements", $"{(char)('A' + c)}4"))
            .ShouldBe(["No.", "ID", "Requirement", "Type", "Weight", "Lot", "Answer", "Value", "Explanation", "Evidence"]);
        form.Worksheet("Requirements").Descendants<DataValidation>().First().Formula1!.Text.ShouldBe("\"met,partially met,not met\"");
        form.ValidationErrors().ShouldBeEmpty();
    }

    [Fact]
    public void Should_WriteIdenticalBytes_When_RenderedTwice()
    {
        Render(Language.German).ShouldBe(Render(Language.German));
    }

    internal static bool IsUnlocked(XlsxFile file, string sheet, string reference)
    {
        var style = file.Cell(sheet, reference)!.StyleIndex!.Value;
        var format = file.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)style);
        return format.Protection?.Locked?.Value == false;
    }
}
