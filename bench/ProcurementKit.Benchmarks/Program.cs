using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ProcurementKit.Benchmarks -- --filter '*' --artifacts bench/work/benchmarks
// (add --job short for a quick look on a busy machine; docs/performance.md)
BenchmarkSwitcher.FromAssembly(typeof(ProcurementKit.Benchmarks.BenchData).Assembly).Run(args);
