using System.Globalization;
using ProcurementKit.Catalog;
using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Selection;
using ProcurementKit.Tenders;

namespace ProcurementKit.Bench.Generator;

/// <summary>
/// Command line of the benchmark data generator:
/// <c>catalog --clauses N --out DIR [--seed S]</c> writes DIR/catalog/ and DIR/tender.json;
/// <c>forms --catalog DIR --tender FILE --count N --out DIR [--seed S]</c> writes N filled response forms.
/// </summary>
internal static class GeneratorApp
{
    private const string Usage =
        "usage: generator catalog --clauses N --out DIR [--seed S]\n" +
        "       generator forms --catalog DIR --tender FILE --count N --out DIR [--seed S]";

    public static int Run(string[] args)
    {
        var options = Options(args.Skip(1));
        var seed = int.Parse(options.GetValueOrDefault("--seed", "20261102"), CultureInfo.InvariantCulture);
        switch (args.FirstOrDefault())
        {
            case "catalog" when options.TryGetValue("--clauses", out var clauses) && options.TryGetValue("--out", out var output):
                return WriteCatalog(int.Parse(clauses, CultureInfo.InvariantCulture), seed, output);
            case "forms" when options.TryGetValue("--catalog", out var catalog) && options.TryGetValue("--tender", out var tender)
                && options.TryGetValue("--count", out var count) && options.TryGetValue("--out", out var output):
                return WriteForms(catalog, tender, int.Parse(count, CultureInfo.InvariantCulture), seed, output);
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static int WriteForms(string catalogFolder, string tenderFile, int count, int seed, string output)
    {
        var prepared = Inputs.ForTender(tenderFile, catalogFolder, null, Console.Error);
        var filler = new ResponseFormFiller(prepared.Selection, prepared.Tender.Language);
        var random = new Random(seed);
        Directory.CreateDirectory(output);
        foreach (var old in Directory.EnumerateFiles(output, "*.xlsx"))
        {
            File.Delete(old);
        }

        for (var bidder = 1; bidder <= count; bidder++)
        {
            File.WriteAllBytes(Path.Combine(output, $"bidder-{bidder:000}.xlsx"), filler.Fill(bidder, random));
        }

        Console.WriteLine($"{output}: {count} response forms for {prepared.Selection.Requirements.Count} requirements (seed {seed})");
        return 0;
    }

    private static int WriteCatalog(int clauses, int seed, string output)
    {
        var shipped = CatalogFolder.Read(null);
        var vocabulary = CatalogLoader.Load(shipped).Catalog;
        var synthetic = SyntheticCatalog.Build(shipped, vocabulary, clauses, seed);

        // Check before writing: the benchmark must measure a catalog lint passes without a single warning.
        var loaded = CatalogLoader.Load(synthetic.Source);
        if (loaded.Diagnostics.Count > 0)
        {
            foreach (var diagnostic in loaded.Diagnostics.Take(20))
            {
                Console.Error.WriteLine(diagnostic);
            }

            Console.Error.WriteLine($"generated catalog has {loaded.ErrorCount} error(s), {loaded.WarningCount} warning(s); nothing written");
            return 1;
        }

        using var tenderStream = new MemoryStream(synthetic.TenderJson);
        var tender = TenderReader.Read(tenderStream, "tender.json", loaded.Catalog);
        var selection = tender.Succeeded ? SelectionEngine.Select(loaded.Catalog, tender.Tender!) : null;
        if (selection is not { Succeeded: true })
        {
            foreach (var error in tender.Errors.Concat(selection?.Errors ?? []))
            {
                Console.Error.WriteLine(error);
            }

            return 1;
        }

        var root = Path.Combine(output, "catalog");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        foreach (var file in synthetic.Source.Files)
        {
            var path = Path.Combine(root, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content, SyntheticCatalog.Utf8);
        }

        File.WriteAllBytes(Path.Combine(output, "tender.json"), synthetic.TenderJson);
        Console.WriteLine($"{output}: {clauses} clauses (seed {seed}), tender selects {selection.Selection!.Requirements.Count}");
        return 0;
    }

    private static Dictionary<string, string> Options(IEnumerable<string> args)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        foreach (var arg in args)
        {
            if (name is null)
            {
                name = arg;
                continue;
            }

            result[name] = arg;
            name = null;
        }

        return result;
    }
}
