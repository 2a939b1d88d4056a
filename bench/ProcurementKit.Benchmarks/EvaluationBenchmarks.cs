using BenchmarkDotNet.Attributes;
using ProcurementKit.Bench.Generator;
using ProcurementKit.Evaluation;
using ProcurementKit.Evaluation.Forms;
using ProcurementKit.Rendering.Excel.EvaluationWorkbook;
using ProcurementKit.Selection;

namespace ProcurementKit.Benchmarks;

/// <summary>
/// What evaluate does per returned form (read and check an untrusted xlsx) and once per run (score the
/// offers, write evaluation.xlsx), on the 300-clause catalog bench/run.sh uses (about 150 requirements).
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private TenderSelection _selection = null!;
    private byte[] _form = null!;
    private EvaluationResult _result = null!;

    [Params(10)]
    public int Bidders { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchData.For("300");
        _selection = data.Select();
        var filler = new ResponseFormFiller(_selection, data.Tender.Language);
        var random = new Random(20261102);
        var forms = Enumerable.Range(1, Bidders).Select(i => filler.Fill(i, random)).ToList();
        _form = forms[0];
        var read = ResponseSet.Collect(forms.Select((bytes, i) => ResponseFormReader.Read(new MemoryStream(bytes), $"bidder-{i + 1:000}.xlsx", _selection)));
        _result = OfferEvaluator.Evaluate(_selection, read.Responses, EvaluatorScores.None, read.Rejected);
    }

    [Benchmark]
    public bool ReadForm() => ResponseFormReader.Read(new MemoryStream(_form), "bidder-001.xlsx", _selection).Succeeded;

    [Benchmark]
    public long EvaluationWorkbook()
    {
        using var output = new MemoryStream();
        EvaluationWorkbookWriter.Write(output, _result, _selection.Tender.Language);
        return output.Length;
    }
}
