using ProcurementKit.Diagnostics;
using ProcurementKit.Evaluation.Forms;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Evaluation.Forms;

/// <summary>How the parts of a returned form are found and opened: variants real programs save, and damage that must be refused.</summary>
public sealed class WorkbookPackageTests
{
    private static byte[] Valid => FormFixture.Filled().Apply(FormFixture.Blank());

    private static bool IsXml(string name) => name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".rels", StringComparison.Ordinal);

    private static bool IsSheet(string name) => name.StartsWith("xl/worksheets/", StringComparison.Ordinal) && name.EndsWith(".xml", StringComparison.Ordinal);

    // Before the root element, wherever the writer put the XML declaration.
    private static string WithDocumentType(string xml)
    {
        var root = xml.IndexOf('<', xml.StartsWith("<?", StringComparison.Ordinal) ? xml.IndexOf("?>", StringComparison.Ordinal) : 0);
        return xml.Insert(root, "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>");
    }

    private static Diagnostic SingleProblem(byte[] file)
    {
        var result = FormFixture.Read(file, "bieter.xlsx");
        result.Response.ShouldBeNull();
        return result.Problems.ShouldHaveSingleItem();
    }

    [Fact]
    public void Should_ReadTheSameAnswers_When_TheFormWasSavedAsStrictOpenXml()
    {
        // "Strict Open XML Spreadsheet" in Excel's save dialog: the same parts in the purl.oclc.org namespaces.
        var strict = ZipEdit.ReplaceAll(Valid, IsXml, xml => xml
            .Replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main", StringComparison.Ordinal)
            .Replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships", StringComparison.Ordinal));

        var result = FormFixture.Read(strict);

        result.Problems.ShouldBeEmpty();
        (result.Response!.Bidder, result.Response.Lots.Single().Price).ShouldBe(("Alpha GmbH", 125_000m));
        result.Response.Answers.ShouldBe(FormFixture.Read(Valid).Response!.Answers);
    }

    [Fact]
    public void Should_ReadTheForm_When_RelationshipsPointRelativeToTheWorkbook()
    {
        // LibreOffice writes Target="worksheets/sheet1.xml" where the issued form has "/xl/worksheets/sheet1.xml".
        var relative = ZipEdit.ReplaceAll(Valid, name => name.EndsWith("workbook.xml.rels", StringComparison.Ordinal),
            rels => rels.Replace("Target=\"/xl/", "Target=\"", StringComparison.Ordinal));

        FormFixture.Read(relative).Response!.Bidder.ShouldBe("Alpha GmbH");
    }

    [Fact]
    public void Should_ReadTheForm_When_AHyperlinkInASheetIsNoValidAddress()
    {
        // The package is read where it lies; no writable copy is needed to work around addresses a URI parser rejects.
        var sheet = ZipEdit.Names(Valid).First(IsSheet);
        var rels = $"xl/worksheets/_rels/{Path.GetFileName(sheet)}.rels";
        var file = ZipEdit.Put(Valid, rels, """<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://exa mple.com/%%[" TargetMode="External"/></Relationships>""");

        FormFixture.Read(file).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Should_RefuseFile_When_TheSharedStringTableDeclaresADocumentType()
    {
        var file = ZipEdit.ReplaceAll(Valid, name => name.EndsWith("sharedStrings.xml", StringComparison.Ordinal), WithDocumentType);

        var problem = SingleProblem(file);

        (problem.Code, problem.Cell).ShouldBe(("PK0602", string.Empty));
        problem.Message.ShouldContain("DTD is prohibited");
    }

    [Fact]
    public void Should_RefuseFile_When_TheWorkbookPartDeclaresADocumentType()
    {
        var file = ZipEdit.ReplaceAll(Valid, name => name.EndsWith("/workbook.xml", StringComparison.Ordinal), WithDocumentType);

        SingleProblem(file).Message.ShouldContain("DTD is prohibited");
    }

    [Fact]
    public void Should_RefuseFile_When_ItsMainPartIsNoWorkbook()
    {
        var file = ZipEdit.Replace(Valid, "[Content_Types].xml", types => types.Replace(
            "spreadsheetml.sheet.main+xml", "wordprocessingml.document.main+xml", StringComparison.Ordinal));

        var problem = SingleProblem(file);

        problem.Code.ShouldBe("PK0602");
        problem.Message.ShouldContain("is of type application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml, not a workbook");
    }

    [Fact]
    public void Should_RefuseFile_When_ThePartsOfItsSheetsAreMissing()
    {
        var problem = SingleProblem(ZipEdit.Remove(Valid, IsSheet));

        problem.Code.ShouldBe("PK0602");
        problem.Message.ShouldMatch(@"^not a valid \.xlsx workbook \(the part /xl/worksheets/[^ ]+\.xml is missing\)");
    }

    [Fact]
    public void Should_RefuseFile_When_TheSharedStringTableIsNotWellFormed()
    {
        var file = ZipEdit.ReplaceAll(Valid, name => name.EndsWith("sharedStrings.xml", StringComparison.Ordinal), xml => xml[..^10]);

        SingleProblem(file).Code.ShouldBe("PK0602");
    }
}
