using System.Globalization;
using ProcurementKit.Fuzz;
using SharpFuzz;

// Modes:
//   --replay N [--seed S]   N generated mutations of the seed forms, no instrumentation (CI); exit 1 on a crash
//   --write-corpus DIR      writes the seed forms as the starting corpus for afl-fuzz
//   --libfuzzer             libFuzzer entry point (libfuzzer-dotnet)
//   (none)                  AFL entry point: afl-fuzz runs this with the instrumented Core dll
// Lazy: an instrumented Core may only run once the fuzzer has set up its shared memory, i.e. inside Run.
var lazy = new Lazy<ProcurementKit.Selection.TenderSelection>(() => ExampleTender.Select());

if (args.Length >= 2 && args[0] == "--replay")
{
    var count = int.Parse(args[1], CultureInfo.InvariantCulture);
    var seed = args.Length >= 4 && args[2] == "--seed" ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
    var result = Replay.Run(SeedForms.Create(lazy.Value), lazy.Value, count, seed);
    Console.WriteLine(result);
    foreach (var crash in result.Crashes.Take(5))
    {
        Console.WriteLine(crash);
    }

    return result.Crashes.Count == 0 ? 0 : 1;
}

if (args.Length >= 2 && args[0] == "--write-corpus")
{
    Directory.CreateDirectory(args[1]);
    var forms = SeedForms.Create(lazy.Value);
    for (var i = 0; i < forms.Count; i++)
    {
        File.WriteAllBytes(Path.Combine(args[1], $"form{i}.xlsx"), forms[i]);
    }

    return 0;
}

if (args.Length >= 1 && args[0] == "--libfuzzer")
{
    Fuzzer.LibFuzzer.Run(span => FormTarget.Read(span.ToArray(), lazy.Value));
    return 0;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FormTarget.Read(buffer.ToArray(), lazy.Value);
});
return 0;
