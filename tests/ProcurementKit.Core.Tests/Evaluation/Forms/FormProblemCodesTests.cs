using ProcurementKit.Diagnostics;
using System.Text.RegularExpressions;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Evaluation.Forms;

/// <summary>Every code a returned workbook can earn is documented for evaluators and exercised by a test.</summary>
public sealed partial class FormProblemCodesTests
{
    [Fact]
    public void Should_DocumentAndTestEveryCode_When_FormProblemsDefineIt()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "ProcurementKit.Core", "Diagnostics", "FormProblems.cs"));
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
        var tests = string.Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(nameof(FormProblemCodesTests) + ".cs", StringComparison.Ordinal))
            .Select(File.ReadAllText));

        var codes = Code().Matches(source).Select(m => m.Value).Distinct().ToList();

        codes.Count.ShouldBe(28);
        codes.Where(c => !docs.Contains($"| {c} |", StringComparison.Ordinal)).ShouldBeEmpty("undocumented codes");
        codes.Where(c => !tests.Contains(c, StringComparison.Ordinal)).ShouldBeEmpty("codes without a test");
    }

    [GeneratedRegex(@"PK06\d{2}")]
    private static partial Regex Code();
}
