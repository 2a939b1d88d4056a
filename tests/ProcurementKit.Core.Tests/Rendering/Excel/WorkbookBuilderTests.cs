using System.IO.Compression;
using ProcurementKit.Rendering.Excel;
using ProcurementKit.Rendering.Packaging;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Excel;

public sealed class WorkbookBuilderTests
{
    private static byte[] Render()
    {
        var sheet = new SheetBuilder("Prüfung & Test")
            .Text(1, 1, "  eingerückt ")
            .Text(2, 1, "Zeile 1\nZeile 2 <b>&amp;</b>")
            .Text(3, 1, "=HYPERLINK(\"http://example.org\")")
            .Number(1, 3, 12.5m, CellStyle.Points)
            .Formula(2, 3, "A3*2", CellStyle.Points, 25m)
            .Text(1, 5, "über zwei Spalten", CellStyle.Header)
            .Merge(1, 5, 2, 5);
        var record = new SheetBuilder("Record").Text(1, 1, "kind");
        using var output = new MemoryStream();
        new WorkbookBuilder().Add(sheet).Add(record, hidden: true).RecalculateOnOpen().Write(output);
        return output.ToArray();
    }

    [Fact]
    public void Should_PassTheOpenXmlValidator_When_SheetsAreStreamed()
    {
        using var workbook = XlsxFile.Open(Render());

        workbook.ValidationErrors().ShouldBeEmpty();
        workbook.SheetNames.ShouldBe(["Prüfung & Test", "Record"]);
    }

    [Fact]
    public void Should_KeepSpacesLineBreaksMarkupAndFormulaLikeTextAsText_When_CellsAreRead()
    {
        using var workbook = XlsxFile.Open(Render());

        workbook.Text("Prüfung & Test", "A1").ShouldBe("  eingerückt ");
        workbook.Text("Prüfung & Test", "B1").ShouldBe("Zeile 1\nZeile 2 <b>&amp;</b>");
        workbook.Text("Prüfung & Test", "C1").ShouldBe("=HYPERLINK(\"http://example.org\")");
        workbook.Formula("Prüfung & Test", "C1").ShouldBeNull();
        workbook.Number("Prüfung & Test", "A3").ShouldBe(12.5);
        workbook.Formula("Prüfung & Test", "B3").ShouldBe("A3*2");
        workbook.Cell("Prüfung & Test", "B5")!.StyleIndex!.Value.ShouldBe((uint)CellStyle.Header);
    }

    [Fact]
    public void Should_WriteContentTypesFirstWithFixedTimestamps_When_PackageIsWritten()
    {
        using var zip = new ZipArchive(new MemoryStream(Render()), ZipArchiveMode.Read);

        zip.Entries[0].FullName.ShouldBe("[Content_Types].xml");
        zip.Entries.Select(e => e.FullName).ShouldContain("xl/worksheets/sheet2.xml");
        zip.Entries.ShouldAllBe(e => e.LastWriteTime == DeterministicZip.FixedTime);
    }

    [Fact]
    public void Should_GiveTheSameBytes_When_WrittenTwice() => Render().ShouldBe(Render());
}
