using System.Text.RegularExpressions;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Catalog;

/// <summary>Every diagnostic code the code can produce is documented for users and exercised by a test.</summary>
public sealed partial class DiagnosticCatalogTests
{
    [Fact]
    public void Should_document_and_test_every_diagnostic_code()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "ProcurementKit.Core", "Diagnostics", "CatalogDiagnostics.cs"));
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
        var tests = string.Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(nameof(DiagnosticCatalogTests) + ".cs", StringComparison.Ordinal))
            .Select(File.ReadAllText));

        var codes = Code().Matches(source).Select(m => m.Value).Distinct().ToList();

        codes.Count.ShouldBeGreaterThan(30);
        codes.Where(c => !docs.Contains($"| {c} |", StringComparison.Ordinal)).ShouldBeEmpty("undocumented codes");
        codes.Where(c => !tests.Contains(c, StringComparison.Ordinal)).ShouldBeEmpty("codes without a test");
    }

    [GeneratedRegex(@"PK\d{4}")]
    private static partial Regex Code();
}
