using BenchmarkDotNet.Running;

// `dotnet run -c Release -- --filter '*'`; add `--job short` for a quick look on a busy machine.
BenchmarkSwitcher.FromAssembly(typeof(ProcurementKit.Benchmarks.BenchData).Assembly).Run(args);
