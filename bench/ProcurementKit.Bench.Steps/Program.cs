using System.Diagnostics;
using System.Globalization;
using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Workflow;

// usage: ProcurementKit.Bench.Steps <tender.json> <catalog> <responses> [passes] [out-dir]
// Runs the steps of `evaluate` one after another (no parallel rendering, so each step's cost is its own) and
// prints wall time, allocated bytes and gen0/1/2 collections per step; the last pass is the one to read.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: ProcurementKit.Bench.Steps <tender.json> <catalog-dir> <responses-dir> [passes] [out-dir]");
    return 2;
}

var passes = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
var keep = args.Length > 4 ? Directory.CreateDirectory(args[4]).FullName : null; // keeps the documents of the last pass
for (var pass = 1; pass <= passes; pass++)
{
    Console.WriteLine($"pass {pass}");
    var prepared = Step("catalog, tender, selection", () => Inputs.ForTender(args[0], args[1], null, TextWriter.Null));
    var forms = ResponseFolder.Files(args[2]);
    var outcome = Step("read forms, score", () => EvaluationWorkflow.Evaluate(prepared, forms, null, args[2]).Value!);
    foreach (var document in outcome.Documents)
    {
        Step(document.Name, () =>
        {
            var path = keep is null ? Path.Combine(Path.GetTempPath(), $"pk-steps-{Environment.ProcessId}-{document.Name}") : Path.Combine(keep, document.Name);
            using (var output = new FileStream(path, FileMode.Create, FileAccess.ReadWrite))
            {
                document.Write(output, CancellationToken.None);
            }

            if (keep is null)
            {
                File.Delete(path);
            }

            return 0;
        });
    }
}

return 0;

static T Step<T>(string name, Func<T> step)
{
    var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var watch = Stopwatch.StartNew();
    var result = step();
    watch.Stop();
    var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {name,-28} {watch.Elapsed.TotalMilliseconds,8:0} ms {bytes / 1048576.0,8:0.0} MB allocated  gc {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3}  heap {GC.GetTotalMemory(false) / 1048576.0:0} MB"));
    return result;
}

