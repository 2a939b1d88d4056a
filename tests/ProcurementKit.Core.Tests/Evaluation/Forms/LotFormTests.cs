using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Evaluation.Forms;
using ProcurementKit.Rendering.Excel.ResponseForm;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Evaluation.Forms;

/// <summary>
/// A form of a two-lot tender (LotFixture): the bidder says per lot whether it bids (B13, B15) and at which price (B14, B16);
/// requirement rows 5-7 hold CRY-01 (all lots), UPD-01 (lot 1) and NET-01 (lot 2), answers in column G.
/// </summary>
public sealed class LotFormTests
{
    private static readonly Lazy<ProcurementKit.Selection.TenderSelection> s_selection = new(() => LotFixture.Selection());

    private static byte[] Blank() => ExampleSelection.Render(s => ResponseFormWriter.Write(s, s_selection.Value, Language.German));

    private static FormFiller Filled() => new FormFiller()
        .SharedText("Angebot", "B9", "Gamma GmbH").SharedText("Angebot", "B10", "Max Muster")
        .SharedText("Anforderungen", "G5", "erfüllt").SharedText("Anforderungen", "G6", "erfüllt").SharedText("Anforderungen", "G7", "erfüllt");

    private static FormReadResult Read(FormFiller filler) => ResponseFormReader.Read(new MemoryStream(filler.Apply(Blank())), "gamma.xlsx", s_selection.Value);

    [Fact]
    public void Should_ReadTheLotsBidForWithTheirPrices_When_TheBidderChoosesSomeLots()
    {
        var result = Read(Filled().SharedText("Angebot", "B13", "nein").Number("Angebot", "B14", 999m).SharedText("Angebot", "B15", "ja").Number("Angebot", "B16", 48_000m));

        result.Problems.ShouldBeEmpty();
        result.Response!.Lots.ShouldBe([new LotOffer("2", 48_000m)]);
        result.Response.Declarant.ShouldBe("Max Muster");
    }

    [Fact]
    public void Should_NameTheRequirementsLots_When_TheFormIsWritten()
    {
        using var form = XlsxFile.Open(Blank());

        var lots = Enumerable.Range(5, 3).ToDictionary(r => form.Text("Anforderungen", $"B{r}")!, r => form.Text("Anforderungen", $"F{r}"));

        lots.ShouldBe(new Dictionary<string, string?> { ["CRY-01"] = "alle", ["UPD-01"] = "1", ["NET-01"] = "2" }, ignoreOrder: true);
        form.ValidationErrors().ShouldBeEmpty();
    }

    [Fact]
    public void Should_GreyOutTheRequirementsOfOtherLots_When_TheBidderChoosesItsLots()
    {
        using var form = XlsxFile.Open(Blank());

        var rules = form.Worksheet("Anforderungen").Descendants<DocumentFormat.OpenXml.Spreadsheet.ConditionalFormatting>()
            .ToDictionary(c => c.SequenceOfReferences!.InnerText ?? string.Empty, c => c.Descendants<DocumentFormat.OpenXml.Spreadsheet.Formula>().Single().Text ?? string.Empty);

        // CRY-01 applies to both lots and is never greyed; UPD-01 (lot 1) and NET-01 (lot 2) each have a rule.
        rules.Count.ShouldBe(2);
        rules.Values.ShouldContain("AND(OR('Angebot'!$B$13=\"ja\",'Angebot'!$B$15=\"ja\"),NOT(OR('Angebot'!$B$13=\"ja\")))");
        rules.Values.ShouldContain("AND(OR('Angebot'!$B$13=\"ja\",'Angebot'!$B$15=\"ja\"),NOT(OR('Angebot'!$B$15=\"ja\")))");
        rules.Keys.ShouldAllBe(range => range.StartsWith('A') && range.Contains(":J", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_RefuseTheForm_When_ItBidsForNoLot()
    {
        var problem = Read(Filled()).Problems.ShouldHaveSingleItem();

        problem.ToString().ShouldBe("gamma.xlsx:Angebot!B13: error PK0625: the form bids for no lot; answer \"ja\" (yes) for each lot the offer is for");
    }

    [Fact]
    public void Should_NameTheCell_When_TheLotAnswerIsNeitherYesNorNo()
    {
        var problem = Read(Filled().SharedText("Angebot", "B13", "vielleicht").SharedText("Angebot", "B15", "ja").Number("Angebot", "B16", 1m)).Problems.ShouldHaveSingleItem();

        (problem.Code, problem.Cell).ShouldBe(("PK0626", "Angebot!B13"));
    }

    [Fact]
    public void Should_AskForThePrice_When_ALotIsBidForWithoutOne()
    {
        var problem = Read(Filled().SharedText("Angebot", "B13", "ja")).Problems.ShouldHaveSingleItem();

        (problem.Code, problem.Cell).ShouldBe(("PK0621", "Angebot!B14"));
    }
}
