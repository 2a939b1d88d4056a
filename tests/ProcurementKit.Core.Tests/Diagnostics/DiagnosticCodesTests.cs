using System.Text.RegularExpressions;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Diagnostics;

/// <summary>Every code is made by a factory in the core's Diagnostics/, documented for users and exercised by a test; no host types one.</summary>
public sealed partial class DiagnosticCodesTests
{
    private static readonly string s_source = Path.Combine(RepositoryPaths.Root, "src");

    [Theory]
    [InlineData("TenderDiagnostics.cs")]
    [InlineData("HostDiagnostics.cs")]
    [InlineData("TemplateDiagnostics.cs")]
    [InlineData("OscalDiagnostics.cs")]
    public void Should_DocumentAndTestEveryCode_When_AFactoryDefinesIt(string factory)
    {
        var source = File.ReadAllText(Path.Combine(s_source, "ProcurementKit.Core", "Diagnostics", factory));
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
        var tests = string.Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(nameof(DiagnosticCodesTests) + ".cs", StringComparison.Ordinal))
            .Select(File.ReadAllText));

        var codes = Code().Matches(source).Select(m => m.Value).Distinct().ToList();

        codes.ShouldNotBeEmpty();
        codes.Where(c => !docs.Contains($"| {c} |", StringComparison.Ordinal)).ShouldBeEmpty("undocumented codes");
        codes.Where(c => !tests.Contains(c, StringComparison.Ordinal)).ShouldBeEmpty("codes without a test");
    }

    [Fact]
    public void Should_TypeNoCode_When_OutsideTheCoreDiagnostics()
    {
        var typed = Directory.GetFiles(s_source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !f.Contains(Path.Combine("ProcurementKit.Core", "Diagnostics"), StringComparison.Ordinal))
            .Where(f => Code().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(s_source, f));

        typed.ShouldBeEmpty();
    }

    [GeneratedRegex(@"PK\d{4}")]
    private static partial Regex Code();
}
