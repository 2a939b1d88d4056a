using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Commands;

/// <summary>compose --pdf: the annex as PDF whose contents give the page each part and topic starts on, and the .docx with the same numbers.</summary>
public sealed partial class ComposePdfTests
{
    [SkippableFact]
    public void Should_print_in_the_contents_the_page_each_heading_is_on_When_composing_with_pdf()
    {
        LibreOffice.SkipUnlessLayoutAvailable();
        var output = Repo.TempDir();

        var run = CliRun.Of("compose", Repo.Example("street-lighting"), "--out", output, "--catalog", Repo.Catalog, "--pdf", "--soffice", LibreOffice.Path);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("annex.pdf");
        var pages = PdfText.Pages(Path.Combine(output, "annex.pdf"));
        Skip.If(pages is null, "pdftotext is not installed");
        var contents = pages!.Select((text, i) => (text, i)).First(p => p.text.Contains("Inhaltsverzeichnis", StringComparison.Ordinal)).i;
        var entries = pages[contents].Split('\n').Select(line => Entry().Match(line)).Where(m => m.Success).ToList();
        entries.Select(e => e.Groups["label"].Value).ShouldContain("A");
        entries.Select(e => e.Groups["label"].Value).ShouldContain("E");
        entries.Count.ShouldBeGreaterThan(20, "parts, their sections and the topics");
        foreach (var entry in entries)
        {
            var (label, title, page) = (entry.Groups["label"].Value, entry.Groups["title"].Value.Trim(), int.Parse(entry.Groups["page"].Value, CultureInfo.InvariantCulture));
            var heading = new Regex($@"^\s*{Regex.Escape(label)}\s+{Regex.Escape(title)}\s*$", RegexOptions.Multiline);
            var on = pages.Select((text, i) => (text, i)).Where(p => p.i != contents && heading.IsMatch(p.text)).Select(p => p.i + 1).ToList();
            on.ShouldBe([page], $"'{label} {title}' is listed on page {page}");
        }

        // The .docx carries the same numbers, so a viewer that never updates fields shows them; Word is not asked to update.
        var docx = File.ReadAllBytes(Path.Combine(output, "annex.docx"));
        docx.ShouldBeValid();
        using var document = WordFiles.Open(docx);
        var tocPages = WordFiles.Body(document).Elements<Paragraph>()
            .Where(p => WordFiles.StyleOf(p) is "TOC1" or "TOC2")
            .Select(p => p.Descendants<Run>().Last(r => r.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Text>() is not null).InnerText)
            .ToList();
        tocPages.ShouldAllBe(text => text.All(char.IsAsciiDigit) && text.Length > 0);
        tocPages.Take(entries.Count).ShouldBe(entries.Select(e => e.Groups["page"].Value).ToList());
        document.MainDocumentPart!.DocumentSettingsPart!.Settings!.Elements<UpdateFieldsOnOpen>().ShouldBeEmpty();
    }

    [Fact]
    public void Should_stop_with_PK0510_and_write_nothing_When_soffice_is_not_found()
    {
        var output = Repo.TempDir();

        var run = CliRun.Of("compose", Repo.Example("street-lighting"), "--out", output, "--catalog", Repo.Catalog, "--pdf", "--soffice", "/nonexistent/soffice");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("/nonexistent/soffice: error PK0510: --pdf needs LibreOffice");
        Directory.GetFiles(output).ShouldBeEmpty();
    }

    // "A      Vorbemerkungen......... 3", "       A.1 Gegenstand ... 3", "       10   Kommunikations- und Netzsicherheit....50"
    [GeneratedRegex(@"^\s*(?<label>[A-E](\.\d+)?|\d+)\s+(?<title>\S.*?)\s*\.{3,}\s*(?<page>\d+)\s*$")]
    private static partial Regex Entry();
}
