using ProcurementKit.Diagnostics;
using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Evaluation.Forms;

public sealed class ResponseFormReaderTests
{
    [Fact]
    public void Should_ReadBidderPriceAndAnswers_When_FormIsFilledCorrectly()
    {
        var result = FormFixture.Read(FormFixture.Filled());

        result.Problems.ShouldBeEmpty();
        (result.Response!.Bidder, result.Response.Lots.Single().Price, result.Response.File).ShouldBe(("Alpha GmbH", 125_000m, "alpha.xlsx"));
        FormFixture.Answer(result, "UPD-01").ShouldBe(new RequirementAnswer("UPD-01", Answer.Met, 10m, "Support bis 2036", string.Empty));
        FormFixture.Answer(result, "UPD-02").ShouldBe(new RequirementAnswer("UPD-02", Answer.Met, null, string.Empty, "Anlage 3"));
        FormFixture.Answer(result, "CRY-01").Answer.ShouldBe(Answer.PartiallyMet);
    }

    [Fact]
    public void Should_ReadAnEnglishForm_When_ItWasIssuedInEnglish()
    {
        var filler = new FormFiller()
            .Text("Offer", "B9", "Beta Ltd").Text("Offer", "B10", "Jane Doe").Number("Offer", "B13", 99.5m)
            .Text("Requirements", "F5", "met").Text("Requirements", "F6", "not met").Text("Requirements", "F7", "partially met");

        var result = FormFixture.Read(filler.Apply(FormFixture.Blank(Language.English)));

        result.Problems.ShouldBeEmpty();
        result.Response!.Answers.Select(a => a.Answer).ShouldBe([Answer.Met, Answer.NotMet, Answer.PartiallyMet]);
    }

    [Fact]
    public void Should_KeepTextThatLooksLikeAFormulaAsText_When_BidderWritesIt()
    {
        var result = FormFixture.Read(FormFixture.Filled()
            .SharedText("Anforderungen", "H6", "=cmd|' /C calc'!A0")
            .Text("Anforderungen", "I7", "@SUM(1+1)*cmd|' /C calc'!A0"));

        result.Problems.ShouldBeEmpty();
        FormFixture.Answer(result, "UPD-02").Explanation.ShouldBe("=cmd|' /C calc'!A0");
        FormFixture.Answer(result, "CRY-01").Evidence.ShouldBe("@SUM(1+1)*cmd|' /C calc'!A0");
    }

    [Fact]
    public void Should_LeaveAnswerEmpty_When_BidderSkippedARequirement()
    {
        var result = FormFixture.Read(FormFixture.Filled().Edit("Anforderungen", "F6", c => c.Remove()));

        result.Problems.ShouldBeEmpty();
        FormFixture.Answer(result, "UPD-02").Answer.ShouldBeNull();
    }

    [Theory]
    [InlineData("Angebot", "B13", "125.000 €", "Angebot!B13", "PK0621", "the total net price '125.000 €' is not a number above 0")]
    [InlineData("Angebot", "B9", "   ", "Angebot!B9", "PK0620", "the bidder's name is empty")]
    [InlineData("Angebot", "B10", "  ", "Angebot!B10", "PK0624", "the name of the declaring person is empty")]
    [InlineData("Anforderungen", "F5", "ja", "Anforderungen!F5", "PK0633", "the answer 'ja' is not one of the list: erfüllt, teilweise erfüllt, nicht erfüllt")]
    [InlineData("Anforderungen", "G5", "zehn", "Anforderungen!G5", "PK0634", "the value 'zehn' is not a number")]
    [InlineData("Anforderungen", "B7", "XYZ-99", "Anforderungen!B7", "PK0632", "'XYZ-99' is not a requirement of this tender")]
    [InlineData("Anforderungen", "B7", "UPD-01", "Anforderungen!B7", "PK0631", "requirement UPD-01 appears a second time")]
    [InlineData("Anforderungen", "D4", "Typ", "Anforderungen!D4", "PK0613", "the form's layout was changed: expected the label 'Art' here")]
    public void Should_NameFileAndCell_When_ACellIsWrong(string sheet, string cell, string text, string address, string code, string message)
    {
        var result = FormFixture.Read(FormFixture.Filled().Text(sheet, cell, text));

        result.Response.ShouldBeNull();
        var problem = result.Problems[0];
        (problem.File, problem.Cell, problem.Code).ShouldBe(("alpha.xlsx", address, code));
        problem.Message.ShouldStartWith(message);
        problem.ToString().ShouldStartWith($"alpha.xlsx:{address}: error {code}: ");
    }

    [Fact]
    public void Should_ShowNoControlCharacters_When_AMessageQuotesTheBidder()
    {
        var result = FormFixture.Read(FormFixture.Filled().Text("Anforderungen", "F5", "\u009b2Jja"));

        result.Problems.Single().Message.ShouldStartWith("the answer '?2Jja' is not one of the list");
    }

    [Fact]
    public void Should_NameTheCell_When_ACellHoldsAnErrorValue()
    {
        var result = FormFixture.Read(FormFixture.Filled().Edit("Anforderungen", "F6", c =>
        {
            c.DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.Error;
            c.CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue("#N/A");
        }));

        result.Problems.Single().ToString().ShouldBe("alpha.xlsx:Anforderungen!F6: error PK0623: the cell cannot be read (#N/A)");
    }

    [Fact]
    public void Should_ReportMissingRequirement_When_ItsRowWasRemoved()
    {
        var result = FormFixture.Read(FormFixture.Filled().Edit("Anforderungen", "B7", c => c.Remove()));

        result.Problems.Select(p => (p.Cell, p.Code)).ShouldBe([("Anforderungen!B7", "PK0613"), (string.Empty, "PK0630")]);
        result.Problems[1].Message.ShouldBe("requirement 2.1 CRY-01 is missing from the form; every requirement of the tender must be answered");
    }

    [Fact]
    public void Should_RefuseFormula_When_PriceIsComputed()
    {
        var result = FormFixture.Read(FormFixture.Filled().Formula("Angebot", "B13", "1000*125", "125000"));

        result.Problems.Single().ShouldBe(ProcurementKit.Diagnostics.Diagnostic.Error(
            "PK0622", ProcurementKit.Diagnostics.SourcePosition.AtCell("alpha.xlsx", "Angebot!B13"),
            "the cell contains a formula (=1000*125); formulas are never evaluated — enter the value itself"));
    }

    [Fact]
    public void Should_RejectForm_When_ItBelongsToAnotherTender()
    {
        var result = FormFixture.Read(FormFixture.Filled().Text("ProcurementKit", "B2", "2025-ALT-1"));

        (result.Problems.Single().Code, result.Problems.Single().Message).ShouldBe(("PK0611", "the form belongs to tender '2025-ALT-1', but this evaluation is for '2026-T-1'"));
    }

    [Fact]
    public void Should_RejectForm_When_ItWasIssuedForAnotherSelection()
    {
        var result = FormFixture.Read(FormFixture.Filled().Text("ProcurementKit", "B3", new string('0', 64)));

        (result.Problems.Single().Code, result.Problems.Single().Message).ShouldBe(
            ("PK0612", $"the form was issued for another set of requirements (selection hash 000000000000, current {FormFixture.Selection.Value.Hash()[..12]}); the bidder must answer the current form"));
    }

    [SkippableFact]
    public void Should_ReadTheSameAnswers_When_TheBidderSavedTheFormWithLibreOffice()
    {
        LibreOffice.SkipUnlessAvailable();

        var folder = Directory.CreateTempSubdirectory("pk-roundtrip-").FullName;
        var original = Path.Combine(folder, "alpha.xlsx");
        File.WriteAllBytes(original, FormFixture.Filled().Apply(FormFixture.Blank()));
        var saved = File.ReadAllBytes(LibreOffice.Convert(original, "xlsx"));

        var before = FormFixture.Read(File.ReadAllBytes(original));
        var after = FormFixture.Read(saved);

        after.Problems.ShouldBeEmpty();
        (after.Response!.Bidder, after.Response.Lots.Single().Price).ShouldBe((before.Response!.Bidder, before.Response.Lots.Single().Price));
        after.Response.Answers.ShouldBe(before.Response.Answers);
    }

    [Fact]
    public void Should_AcceptNumberTypedAsText_When_ValueIsUnambiguous()
    {
        var result = FormFixture.Read(FormFixture.Filled().Text("Anforderungen", "G5", " 10.5 "));

        FormFixture.Answer(result, "UPD-01").Value.ShouldBe(10.5m);
    }
}
