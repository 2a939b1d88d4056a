using ProcurementKit.Diagnostics;
using System.IO.Compression;
using System.Text;
using ProcurementKit.Evaluation.Forms;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Evaluation.Forms;

/// <summary>Files a bidder could return instead of the form: each is refused with a clear message and nothing is opened that should not be.</summary>
public sealed class HostileFormTests
{
    private static byte[] Valid => FormFixture.Filled().Apply(FormFixture.Blank());

    private static Diagnostic SingleProblem(byte[] file, PackageLimits? limits = null)
    {
        var result = FormFixture.Read(file, "bieter.xlsx", limits);
        result.Response.ShouldBeNull();
        return result.Problems.ShouldHaveSingleItem();
    }

    [Fact]
    public void Should_RefuseWorkbook_When_ItContainsAVbaProject()
    {
        var file = ZipEdit.Put(Valid, "xl/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3]);

        var problem = SingleProblem(file);

        (problem.Code, problem.Message).ShouldBe(("PK0605", "the workbook is macro-enabled (xl/vbaProject.bin); macro workbooks are not accepted — ask the bidder to save it as a plain .xlsx"));
    }

    [Fact]
    public void Should_RefuseWorkbook_When_ItsContentTypeIsMacroEnabled()
    {
        var file = ZipEdit.Replace(Valid, "[Content_Types].xml", t => t.Replace(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal));

        SingleProblem(file).Code.ShouldBe("PK0605");
    }

    [Fact]
    public void Should_RefuseWorkbook_When_ItIsEncrypted()
    {
        // An encrypted .xlsx is an OLE compound file whose directory names the EncryptionInfo stream.
        var file = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(file, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(file, 1024);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(file, 1152);

        var problem = SingleProblem(file);

        (problem.Code, problem.Message).ShouldBe(("PK0603", "the workbook is password-protected (encrypted) and cannot be checked; ask the bidder to save it without a password"));
    }

    [SkippableFact]
    public void Should_RefuseWorkbook_When_ItIsAnOldXlsFile()
    {
        LibreOffice.SkipUnlessAvailable();

        var folder = Directory.CreateTempSubdirectory("pk-xls-").FullName;
        var xlsx = Path.Combine(folder, "form.xlsx");
        File.WriteAllBytes(xlsx, Valid);
        var xls = File.ReadAllBytes(LibreOffice.Convert(xlsx, "xls"));

        SingleProblem(xls).Code.ShouldBe("PK0604");
    }

    [Fact]
    public void Should_StopBeforeUnpacking_When_AnEntryIsAZipBomb()
    {
        // 64 MB of zeros compress to about 64 KB: a ratio of 1000:1
        var file = ZipEdit.Put(Valid, "xl/media/image1.png", new byte[64 * 1024 * 1024]);

        var problem = SingleProblem(file);

        problem.Code.ShouldBe("PK0606");
        problem.Message.ShouldContain("xl/media/image1.png");
    }

    [Fact]
    public void Should_RefuseWorkbook_When_ItHasThousandsOfEntries()
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < 600; i++)
            {
                zip.CreateEntry($"xl/media/{i}.bin");
            }
        }

        var problem = SingleProblem(buffer.ToArray());

        (problem.Code, problem.Message).ShouldBe(("PK0606", "the package is not plausible for a response form (600 entries, at most 500 expected); it was not opened"));
    }

    [Fact]
    public void Should_RefuseWorkbook_When_ItIsLargerThanTheLimit()
    {
        var problem = SingleProblem(Valid, PackageLimits.Default with { MaxFileBytes = 1000 });

        problem.Code.ShouldBe("PK0601");
    }

    [Fact]
    public void Should_RefuseWorkbook_When_ItLinksToAnotherWorkbook()
    {
        var file = ZipEdit.Put(Valid, "xl/externalLinks/externalLink1.xml",
            """<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook/></externalLink>""");

        (SingleProblem(file).Code, SingleProblem(file).Message).ShouldBe(
            ("PK0607", "the workbook links to external content (xl/externalLinks/externalLink1.xml); remove the links and return the plain form"));
    }

    [Fact]
    public void Should_RefuseWorkbook_When_ARelationshipPointsOutside()
    {
        var file = ZipEdit.Replace(Valid, "xl/_rels/workbook.xml.rels", t => t.Replace("</Relationships>",
            """<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///C:/secret.xlsx" TargetMode="External"/></Relationships>""",
            StringComparison.Ordinal));

        SingleProblem(file).Code.ShouldBe("PK0607");
    }

    [Fact]
    public void Should_RefuseWorkbook_When_ItEmbedsAnActiveXControl()
    {
        SingleProblem(ZipEdit.Put(Valid, "xl/activeX/activeX1.xml", "<ax/>")).Code.ShouldBe("PK0608");
    }

    [Theory]
    [InlineData("")]
    [InlineData("Bieter;Preis\nAlpha;100")]
    public void Should_RefuseFile_When_ItIsNotAWorkbook(string text)
    {
        var problem = SingleProblem(Encoding.UTF8.GetBytes(text));

        problem.Code.ShouldBe("PK0602");
        problem.Cell.ShouldBeEmpty();
    }

    [Fact]
    public void Should_RefuseFile_When_TheZipIsTruncated()
    {
        SingleProblem(Valid[..(Valid.Length / 2)]).Code.ShouldBe("PK0602");
    }

    [Fact]
    public void Should_RefuseFile_When_ASheetIsNotWellFormedXml()
    {
        var file = ZipEdit.Put(Valid, "xl/worksheets/sheet2.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row>");

        SingleProblem(file).Code.ShouldBe("PK0602");
    }

    [Fact]
    public void Should_RefuseFile_When_ItDeclaresADocumentTypeDefinition()
    {
        // The billion-laughs attack needs a DTD; the reader must not expand entities.
        var file = ZipEdit.Replace(Valid, "xl/worksheets/sheet1.xml", t => t.Replace(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>",
            StringComparison.Ordinal));

        SingleProblem(file).Code.ShouldBe("PK0602");
    }

    [Fact]
    public void Should_RefuseWorkbook_When_ItIsAnotherProcurementKitWorkbook()
    {
        var matrix = ExampleSelection.Render(s => ProcurementKit.Rendering.Excel.Matrix.EvaluationMatrixWriter.Write(s, FormFixture.Selection.Value, ProcurementKit.Catalog.Language.German));

        var problem = SingleProblem(matrix);

        (problem.Code, problem.Message).ShouldBe(("PK0610", "this is a ProcurementKit 'evaluation-matrix' workbook, not a response form"));
    }

    [Fact]
    public void Should_RefuseWorkbook_When_TheRecordSheetWasRemoved()
    {
        var file = new FormFiller().Workbook(w =>
        {
            var sheet = w.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "ProcurementKit");
            sheet.Remove();
        }).Apply(Valid);

        SingleProblem(file).Message.ShouldStartWith("not a response form of ProcurementKit: its record of tender and selection is missing");
    }
}
