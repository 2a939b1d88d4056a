using System.IO.Compression;
using ProcurementKit.Rendering.Word.Templates;
using ProcurementKit.Tests.Support;
using ProcurementKit.Workflow;

namespace ProcurementKit.Tests.Rendering.Word.Templates;

/// <summary>What <c>template check</c> tells before composing, and every file it refuses, with the code a user looks up.</summary>
public sealed class TemplateCheckTests
{
    private const string LetterheadDocument = "word/document.xml";

    [Fact]
    public void Should_ReportTheGermanStylesByName_When_TheTemplateHasAGermanStyleSet()
    {
        var report = WordTemplateCheck.Run(TemplateFixtures.Bytes("deutsch.docx"), "deutsch.docx").Value!;

        var heading = report.Styles.Single(s => s.Name == "heading 1");
        heading.TemplateId.ShouldBe("berschrift1");
        heading.TemplateName.ShouldBe("Überschrift 1");
        report.Styles.Single(s => s.Name == "Title").TemplateName.ShouldBe("Titel");
        report.Styles.Single(s => s.Name == "toc 1").FromTemplate.ShouldBeFalse();
        report.Styles.Single(s => s.Name == "PK Table").FromTemplate.ShouldBeFalse();
        report.Headers.ShouldHaveSingleItem().Text.ShouldStartWith("Stadtverwaltung Musterstadt");
        report.Marker.ShouldBe(AnnexMarkerKind.None);
        report.Page.ShouldStartWith("A4 portrait (210 × 297 mm)");
    }

    [Fact]
    public void Should_ReportTheMarkerAndWhatStandsAroundIt_When_TheTemplateHasALetterhead()
    {
        var report = WordTemplateCheck.Run(TemplateFixtures.Bytes("letterhead-marker.docx"), "letterhead-marker.docx").Value!;

        report.Marker.ShouldBe(AnnexMarkerKind.Placeholder);
        report.Before.Count.ShouldBe(2);
        report.Before[0].ShouldStartWith("table (2 rows): Stadt Musterhausen");
        report.After.ShouldBe(["Musterhausen, {{date}}", "Im Auftrag – Zentrale Vergabestelle (Schlusstext nach der A…"]);
        report.Headers.ShouldHaveSingleItem().Images.ShouldBe(1);
        report.Problems.ShouldBeEmpty();
        var lines = TemplateReportText.Lines(report);
        lines.ShouldContain("annex marker: a paragraph holding {{annex}}");
        lines.ShouldContain("  heading 1 <- heading 1 (id Heading1)");
    }

    [Fact]
    public void Should_FindTheContentControl_When_TheTemplateMarksTheAnnexWithOne()
    {
        var report = WordTemplateCheck.Run(TemplateFixtures.Bytes("sample-bookmarks.docx"), "sample-bookmarks.docx").Value!;

        report.Marker.ShouldBe(AnnexMarkerKind.ContentControl);
        report.After.ShouldBe(["Ende der Vergabeunterlagen."]);
        report.Problems.Select(p => p.ToString()).ShouldBe(["sample-bookmarks.docx: warning PK0426: 1 comment(s) in the template are left out of the annex"]);
    }

    [Fact]
    public void Should_WarnThatTheBodyIsNotUsed_When_TheTemplateHasSampleTextAndNoMarker()
    {
        var result = WordTemplateCheck.Run(TemplateFixtures.Bytes("pandoc-reference.docx"), "custom-reference.docx");

        result.Succeeded.ShouldBeTrue();
        result.Problems.ShouldHaveSingleItem().ToString().ShouldStartWith(
            "custom-reference.docx: warning PK0425: the template's body (23 paragraph(s), 1 table(s), starting \"Title\") is not used because it has no annex marker");
    }

    [Fact]
    public void Should_WarnThatMacrosAreLeftOut_When_TheTemplateIsADocm()
    {
        var result = WordTemplateCheck.Run(TemplateFixtures.Bytes("makro.docm"), "makro.docm");

        result.Succeeded.ShouldBeTrue();
        result.Value!.Kind.ShouldBe(WordTemplateKind.MacroEnabledDocument);
        result.Problems.ShouldHaveSingleItem().Code.ShouldBe("PK0422");
    }

    [Fact]
    public void Should_RefuseSeveralMarkers_When_TheTemplateHasTwo()
    {
        var template = ZipEdit.Replace(TemplateFixtures.Bytes("letterhead-marker.docx"), LetterheadDocument,
            xml => xml.Replace("<w:sectPr", "<w:p><w:r><w:t>{{annex}}</w:t></w:r></w:p><w:sectPr", StringComparison.Ordinal));

        var result = WordTemplateCheck.Run(template, "vorlage.docx");

        result.Succeeded.ShouldBeFalse();
        result.Problems.Select(p => p.ToString()).ShouldContain(
            "vorlage.docx: error PK0423: the template marks the place of the annex 2 times; keep one marker: a paragraph holding only {{annex}}, or one content control or bookmark named procurementkit-annex");
    }

    [Theory]
    [InlineData("Siehe {{annex}}", "in a paragraph with other text (\"Siehe {{annex}}\")")]
    [InlineData(null, "inside a table")]
    public void Should_RefuseAMarkerThatIsNotAlone_When_ItSharesItsParagraphOrStandsInATable(string? paragraph, string where)
    {
        var template = ZipEdit.Replace(TemplateFixtures.Bytes("letterhead-marker.docx"), LetterheadDocument, xml => paragraph is null
            ? xml.Replace("{{annex}}", "Anlage", StringComparison.Ordinal).Replace("{{title}}", "{{annex}}", StringComparison.Ordinal)
            : xml.Replace("{{annex}}", paragraph, StringComparison.Ordinal));

        var result = WordTemplateCheck.Run(template, "vorlage.docx");

        result.Succeeded.ShouldBeFalse();
        result.Problems.Where(p => p.IsError).ShouldHaveSingleItem().ToString().ShouldBe(
            $"vorlage.docx: error PK0424: the annex marker stands {where}; put {{{{annex}}}} alone in its own paragraph of the document body (not in a table, text box, header or footer)");
    }

    [Fact]
    public void Should_WarnAboutAnUnknownPlaceholder_When_TheTemplatesFooterHasOne()
    {
        var template = ZipEdit.ReplaceAll(TemplateFixtures.Bytes("letterhead-marker.docx"), n => n.StartsWith("word/footer", StringComparison.Ordinal),
            xml => xml.Replace("{{reference}}", "{{refernce}}", StringComparison.Ordinal));

        var result = WordTemplateCheck.Run(template, "vorlage.docx");

        result.Succeeded.ShouldBeTrue();
        result.Problems.ShouldHaveSingleItem().ToString().ShouldBe(
            "vorlage.docx: warning PK0427: '{{refernce}}' in the template's footer is not filled in (did you mean 'reference'?); known: title, reference, authority, date");
    }

    [Fact]
    public void Should_RefuseTheFile_When_ItIsAWorkbookRenamedToDocx()
    {
        var workbook = Package(("[Content_Types].xml", """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"""));

        Refusal(workbook).ShouldBe("vorlage.docx: error PK0420: cannot use this Word template: it is an Excel workbook, not a Word document; save it in Word as a Word document (.docx) or Word template (.dotx) and pass that file");
    }

    [Fact]
    public void Should_RefuseTheFile_When_ItIsAPlainZipRenamedToDocx()
    {
        Refusal(Package(("readme.txt", "Vorlage"))).ShouldStartWith("vorlage.docx: error PK0420: cannot use this Word template: it is a zip archive, not a Word document");
    }

    [Fact]
    public void Should_RefuseTheFile_When_ItIsRandomBytes()
    {
        var bytes = new byte[512];
        new Random(13).NextBytes(bytes);

        Refusal(bytes).ShouldStartWith("vorlage.docx: error PK0420: cannot use this Word template: it is a file of unknown kind (no Office package)");
    }

    [Fact]
    public void Should_SayHowToRemoveThePassword_When_TheTemplateIsAnEncryptedOfficeFile()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        Refusal(ole).ShouldBe("vorlage.docx: error PK0421: cannot use this Word template: it is a password-protected (encrypted) Office file or an old Word 97-2003 .doc; " +
            "open it in Word, remove the password (Datei > Informationen > Dokument schützen) and save it as .docx or .dotx");
    }

    private static string Refusal(byte[] bytes)
    {
        var result = WordTemplateCheck.Run(bytes, "vorlage.docx");
        result.Succeeded.ShouldBeFalse();
        result.Value.ShouldBeNull();
        return result.Problems.ShouldHaveSingleItem().ToString();
    }

    private static byte[] Package(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }
}
