using ProcurementKit.Workflow;

namespace ProcurementKit.Tests.Workflow;

/// <summary>The rule behind --pdf: lay out until the contents print the pages the layout measures.</summary>
public sealed class PrintLayoutTests
{
    [Fact]
    public void Should_render_with_the_measured_pages_and_stop_When_a_second_layout_agrees()
    {
        var rendered = new List<string>();
        var document = Contents(rendered);

        var printed = PrintLayout.Print(document, docx => Layout(new() { ["part_a"] = 3, ["part_b"] = 7 }));

        printed.Passes.ShouldBe(2);
        rendered.ShouldBe(["no pages", "part_a=3,part_b=7"]);
        System.Text.Encoding.UTF8.GetString(printed.Docx).ShouldBe("part_a=3,part_b=7");
        printed.PdfName.ShouldBe("annex.pdf");
        printed.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Should_measure_again_When_numbering_the_contents_moved_a_heading()
    {
        var rendered = new List<string>();
        var layouts = new Queue<int>([7, 8, 8]);

        var printed = PrintLayout.Print(Contents(rendered), _ => Layout(new() { ["part_b"] = layouts.Dequeue() }));

        printed.Passes.ShouldBe(3);
        rendered.ShouldBe(["no pages", "part_b=7", "part_b=8"]);
        printed.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Should_warn_PK0514_When_the_pages_never_settle()
    {
        var page = 10;

        var printed = PrintLayout.Print(Contents([]), _ => Layout(new() { ["part_b"] = page++ }));

        printed.Passes.ShouldBe(PrintLayout.MaxPasses);
        printed.Problems.Single().ToString().ShouldBe(
            "annex.docx: warning PK0514: after 3 layout passes the contents' page numbers still moved; some may be off by a page; check the contents against the PDF");
    }

    [Fact]
    public void Should_lay_out_once_When_the_document_has_no_contents()
    {
        var passes = 0;
        var document = new NamedDocument("letter.docx", NamedDocument.Docx, (stream, _) => stream.WriteByte(1));

        var printed = PrintLayout.Print(document, _ => { passes++; return Layout([]); });

        passes.ShouldBe(1);
        printed.PdfName.ShouldBe("letter.pdf");
    }

    [Fact]
    public void Should_print_only_Word_documents()
    {
        PrintLayout.IsPrintable(new NamedDocument("annex.docx", NamedDocument.Docx, (_, _) => { })).ShouldBeTrue();
        PrintLayout.IsPrintable(new NamedDocument("response-form.xlsx", NamedDocument.Xlsx, (_, _) => { })).ShouldBeFalse();
    }

    private static NamedDocument Contents(List<string> rendered) =>
        new("annex.docx", NamedDocument.Docx, (stream, _) => Write(stream, "no pages", rendered))
        {
            WithContentsPages = pages => (stream, _) => Write(stream, string.Join(",", pages.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")), rendered),
        };

    private static void Write(Stream stream, string text, List<string> rendered)
    {
        rendered.Add(text);
        stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
    }

    private static MeasuredLayout Layout(Dictionary<string, int> pages) => new([0x25, 0x50, 0x44, 0x46], pages);
}
