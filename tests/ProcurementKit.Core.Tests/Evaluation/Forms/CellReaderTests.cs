using System.Text;
using System.Xml;
using ProcurementKit.Evaluation.Forms;

namespace ProcurementKit.Tests.Evaluation.Forms;

/// <summary>
/// What a cell of a returned sheet reads as, from the sheet XML a spreadsheet program (or an attacker) could
/// write: the way Excel stores texts, formulas, errors and numbers, and markup Excel would never write.
/// </summary>
public sealed class CellReaderTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static CellReader Sheet(string rows, string? sharedStrings = null)
    {
        var strings = sharedStrings is null
            ? []
            : SharedStringsReader.Read(Part($"<sst xmlns=\"{Main}\">{sharedStrings}</sst>"), "/xl/sharedStrings.xml", 1_000_000);
        var cells = SheetCellsReader.Read(Part($"<worksheet xmlns=\"{Main}\"><sheetData>{rows}</sheetData></worksheet>"), "/xl/worksheets/sheet1.xml", 1_000_000);
        return new CellReader("Angebot", cells, strings);
    }

    private static MemoryStream Part(string xml) => new(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?>" + xml));

    private static CellContent Single(string cell, string? sharedStrings = null) => Sheet($"<row r=\"9\">{cell}</row>", sharedStrings).Read(2, 9);

    [Fact]
    public void Should_JoinRichTextRuns_When_ASharedStringHasFormatting()
    {
        var content = Single("<c r=\"B9\" t=\"s\"><v>1</v></c>",
            "<si><t>plain</t></si><si><r><t>Alpha</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> GmbH</t></r><rPh sb=\"0\" eb=\"1\"><t>ARUFA</t></rPh></si>");

        content.ShouldBe(new CellContent(CellKind.Text, "Alpha GmbH", null));
    }

    [Fact]
    public void Should_TakeTheItemsOwnText_When_ASharedStringHasTextAndRuns()
    {
        Single("<c r=\"B9\" t=\"s\"><v>0</v></c>", "<si><r><t>run</t></r><t>own</t></si>").Text.ShouldBe("own");
    }

    [Theory]
    [InlineData("7")]
    [InlineData("-1")]
    [InlineData("1.0")]
    [InlineData("")]
    public void Should_ReportTheIndex_When_ASharedStringDoesNotExist(string index)
    {
        var content = Single($"<c r=\"B9\" t=\"s\"><v>{index}</v></c>", "<si><t>a</t></si><si><t>b</t></si>");

        content.ShouldBe(new CellContent(CellKind.Error, $"shared string '{index}' does not exist", null));
    }

    [Fact]
    public void Should_JoinTheRuns_When_AnInlineStringHasFormatting()
    {
        Single("<c r=\"B9\" t=\"inlineStr\"><is><r><t>Beta</t></r><r><rPr><i/></rPr><t xml:space=\"preserve\"> Ltd</t></r></is></c>")
            .ShouldBe(new CellContent(CellKind.Text, "Beta Ltd", null));
    }

    [Theory]
    [InlineData("<t xml:space=\"preserve\">   </t>", "   ")]
    [InlineData("<t>  a  </t>", "  a  ")]
    [InlineData("<t>a&amp;b &#x41;</t>", "a&b A")]
    [InlineData("<t>Zeile 1&#13;&#10;Zeile 2</t>", "Zeile 1\r\nZeile 2")]
    [InlineData("<t>Zeile 1\r\nZeile 2</t>", "Zeile 1\nZeile 2")]
    public void Should_KeepTheTextAsStored_When_ItHasSpacesEntitiesOrLineBreaks(string text, string expected)
    {
        Single($"<c r=\"B9\" t=\"inlineStr\"><is>{text}</is></c>").Text.ShouldBe(expected);
    }

    [Fact]
    public void Should_ReadTheWholeText_When_ItIsSplitByCdataOrComments()
    {
        // What a spreadsheet program shows is the whole text; reading only its first piece would let
        // "erfüllt" stand for a cell that says more.
        Single("<c r=\"B9\" t=\"inlineStr\"><is><t>erfüllt<!-- x --><![CDATA[, außer]]> Wartung</t></is></c>")
            .Text.ShouldBe("erfüllt, außer Wartung");
    }

    [Theory]
    [InlineData("<f>1000*125</f><v>125000</v>", "=1000*125")]
    [InlineData("<v>125000</v><f>A1*2</f>", "=A1*2")]
    [InlineData("<f t=\"shared\" si=\"0\"/><v>3</v>", "=")]
    [InlineData("<f>SUM(A1:A3) &amp; \"x\"</f>", "=SUM(A1:A3) & \"x\"")]
    public void Should_ReportTheFormula_When_ACellIsComputed(string body, string formula)
    {
        Single($"<c r=\"B9\">{body}</c>").ShouldBe(new CellContent(CellKind.Formula, formula, null));
    }

    [Fact]
    public void Should_ReportTheFormula_When_AStringFormulaHasACachedText()
    {
        Single("<c r=\"B9\" t=\"str\"><f>\"erfüllt\"</f><v>erfüllt</v></c>").Kind.ShouldBe(CellKind.Formula);
    }

    [Theory]
    [InlineData("e", "#N/A", CellKind.Error, "#N/A")]
    [InlineData("e", "#DIV/0!", CellKind.Error, "#DIV/0!")]
    [InlineData("b", "1", CellKind.Boolean, "TRUE")]
    [InlineData("b", "0", CellKind.Boolean, "FALSE")]
    [InlineData("str", " Text ", CellKind.Text, " Text ")]
    [InlineData("d", "2026-11-02", CellKind.Error, "'2026-11-02' is stored as a number but is none")]
    [InlineData("zz", "5", CellKind.Error, "the cell type 'zz' is unknown")]
    [InlineData("S", "0", CellKind.Error, "the cell type 'S' is unknown")]
    public void Should_ReadTheValueByItsType_When_ACellIsTyped(string type, string value, CellKind kind, string text)
    {
        Single($"<c r=\"B9\" t=\"{type}\"><v>{value}</v></c>").ShouldBe(new CellContent(kind, text, null));
    }

    [Theory]
    [InlineData("125000", 125000)]
    [InlineData("99.5", 99.5)]
    [InlineData("1.25E5", 125000)]
    [InlineData(" 12 ", 12)]
    [InlineData("-0", 0)]
    public void Should_ParseTheNumberInvariantly_When_ACellHoldsANumber(string stored, double expected)
    {
        var content = Single($"<c r=\"B9\" t=\"n\"><v>{stored}</v></c>");

        (content.Kind, content.Number).ShouldBe((CellKind.Number, (decimal)expected));
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("0x10")]
    [InlineData("NaN")]
    [InlineData("1e30")]
    public void Should_ReportTheValue_When_ANumberCellHoldsNoDecimalNumber(string stored)
    {
        Single($"<c r=\"B9\"><v>{stored}</v></c>").ShouldBe(new CellContent(CellKind.Error, $"'{stored}' is stored as a number but is none", null));
    }

    [Fact]
    public void Should_ReadEmpty_When_ACellHasNoValue()
    {
        var sheet = Sheet("<row r=\"9\"><c r=\"A9\" s=\"3\"/><c r=\"B9\"><v></v></c></row>");

        (sheet.Read(1, 9), sheet.Read(2, 9), sheet.Read(3, 9)).ShouldBe((CellContent.Empty, CellContent.Empty, CellContent.Empty));
    }

    [Fact]
    public void Should_PlaceCellsByTheirOrder_When_TheyHaveNoReference()
    {
        // Excel shows a cell without r in the column after the previous cell, and a row without r after the previous row.
        var sheet = Sheet("<row r=\"9\"><c t=\"inlineStr\"><is><t>Bieter</t></is></c><c r=\"C9\"><v>3</v></c><c><v>4</v></c></row><row><c><v>10</v></c></row>");

        (sheet.Read(1, 9).Text, sheet.Read(3, 9).Text, sheet.Read(4, 9).Text, sheet.Read(1, 10).Text).ShouldBe(("Bieter", "3", "4", "10"));
        sheet.Rows.ShouldBe([9, 10]);
    }

    [Fact]
    public void Should_KeepTheFirstCell_When_AReferenceAppearsTwice()
    {
        var sheet = Sheet("<row r=\"9\"><c r=\"b9\"><v>1</v></c><c r=\"B9\"><v>2</v></c></row>");

        sheet.Read(2, 9).Number.ShouldBe(1m);
    }

    [Fact]
    public void Should_IgnoreCells_When_TheyAreOutsideTheRowsOfTheSheetData()
    {
        var sheet = Sheet("<row r=\"9\"><extLst><c r=\"A9\"><v>1</v></c></extLst></row><foo><row r=\"10\"><c r=\"A10\"><v>2</v></c></row></foo>"
            + "<row r=\"11\"><c xmlns=\"urn:other\" r=\"A11\"><v>3</v></c></row>");

        (sheet.Read(1, 9), sheet.Read(1, 10), sheet.Read(1, 11)).ShouldBe((CellContent.Empty, CellContent.Empty, CellContent.Empty));
    }

    [Fact]
    public void Should_ListEveryRowWithACell_When_RowsAreAskedFor()
    {
        Sheet("<row r=\"12\"><c r=\"A12\"/></row><row r=\"5\"><c r=\"B5\"><v>1</v></c><c r=\"C5\"/></row><row r=\"7\"/>").Rows.ShouldBe([5, 12]);
    }

    [Fact]
    public void Should_Refuse_When_ASheetDeclaresADocumentType()
    {
        var part = Part($"<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">]><worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&a;</t></is></c></row></sheetData></worksheet>");

        Should.Throw<XmlException>(() => SheetCellsReader.Read(part, "/xl/worksheets/sheet1.xml", 1_000_000)).Message.ShouldContain("DTD is prohibited");
    }

    [Fact]
    public void Should_Refuse_When_APartHoldsMoreCharactersThanAllowed()
    {
        var part = Part($"<worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>{new string('x', 5000)}</t></is></c></row></sheetData></worksheet>");

        Should.Throw<XmlException>(() => SheetCellsReader.Read(part, "/xl/worksheets/sheet1.xml", 1000));
    }

    [Fact]
    public void Should_Refuse_When_ThePartIsNoWorksheet()
    {
        var part = Part($"<chartsheet xmlns=\"{Main}\"/>");

        Should.Throw<InvalidDataException>(() => SheetCellsReader.Read(part, "/xl/worksheets/sheet1.xml", 1_000_000))
            .Message.ShouldBe("/xl/worksheets/sheet1.xml is no SpreadsheetML worksheet part (its root element is <chartsheet>)");
    }
}
