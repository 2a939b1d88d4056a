using BenchmarkDotNet.Attributes;
using ProcurementKit.Catalog;
using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Rendering.Annex;
using ProcurementKit.Rendering.Excel.Matrix;
using ProcurementKit.Rendering.Excel.ResponseForm;
using ProcurementKit.Selection;

namespace ProcurementKit.Benchmarks;

/// <summary>The documents compose writes: Markdown to Word (annex.docx), the two workbooks, and selection.json.</summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private TenderSelection _selection = null!;
    private AnnexTemplates _prose = null!;
    private Language _language;

    [Params(BenchData.Shipped, "1000")]
    public string Catalog { get; set; } = BenchData.Shipped;

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchData.For(Catalog);
        _selection = data.Select();
        _language = data.Tender.Language;
        _prose = AnnexTemplateFolder.Prose(_language, null);
    }

    [Benchmark]
    public long AnnexWord()
    {
        using var output = new MemoryStream();
        new AnnexDocument(_selection, _language, _prose).GenerateWord(output);
        return output.Length;
    }

    [Benchmark]
    public long AnnexMarkdown()
    {
        using var output = new MemoryStream();
        new AnnexDocument(_selection, _language, _prose).GenerateMarkdown(output);
        return output.Length;
    }

    [Benchmark]
    public long ResponseForm()
    {
        using var output = new MemoryStream();
        ResponseFormWriter.Write(output, _selection, _language);
        return output.Length;
    }

    [Benchmark]
    public long EvaluationMatrix()
    {
        using var output = new MemoryStream();
        EvaluationMatrixWriter.Write(output, _selection, _language);
        return output.Length;
    }

    [Benchmark]
    public long SelectionJson()
    {
        using var output = new MemoryStream();
        SelectionJsonWriter.Write(output, _selection, _language);
        return output.Length;
    }
}
