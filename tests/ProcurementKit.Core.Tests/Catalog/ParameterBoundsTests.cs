using ProcurementKit.Catalog;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Catalog;

/// <summary>
/// A parameter's <c>min</c>/<c>max</c> bound each other and every per-level default: each broken
/// snippet names the codes it must produce and the column of the value each one points at
/// (the snippet sits on line 13, after <c>parameters: </c>).
/// </summary>
public sealed class ParameterBoundsTests
{
    private const string Prefix = "parameters: { p: { type: integer, unit: years, ";

    public static TheoryData<string, string> BrokenBounds => new()
    {
        // snippet after the prefix, expected "code@value" list, reading left to right
        { "min: 5, normal: 3, high: 7, very-high: 10 } }", "PK0132@3" },
        { "min: 5, max: 8, normal: 5, high: 7, very-high: 10 } }", "PK0136@10" },
        { "min: 5, max: 6, normal: 7, high: 8, very-high: 9 } }", "PK0136@7 PK0136@8 PK0136@9" },
        { "min: 4, max: 6, normal: 3, high: 5, very-high: 7 } }", "PK0132@3 PK0136@7" },
        { "max: 6, normal: 5, high: 6, very-high: 7 } }", "PK0136@7" },
        { "min: 9, max: 3, normal: 5, high: 7, very-high: 10 } }", "PK0137@9" },
    };

    [Theory]
    [MemberData(nameof(BrokenBounds))]
    public void Should_report_each_default_outside_its_bounds_at_the_value_When_bounds_are_broken(string snippet, string expected)
    {
        var line = Prefix + snippet;

        var found = Load(line)
            .Where(d => d.Code is "PK0132" or "PK0136" or "PK0137")
            .Select(d => $"{d.Code}@{ValueAt(line, d.Position.Column)}");

        string.Join(' ', found).ShouldBe(expected);
    }

    [Theory]
    [InlineData("min: 5, max: 10, normal: 5, high: 7, very-high: 10 } }")]
    [InlineData("min: 5, max: 5, normal: 5 } }")]
    [InlineData("max: 72, normal: 72, high: 24, very-high: 4 } }")]
    public void Should_report_nothing_When_every_default_lies_within_the_bounds(string snippet)
    {
        Load(Prefix + snippet).ShouldBeEmpty();
    }

    [Fact]
    public void Should_say_what_is_wrong_and_what_is_right_When_a_default_is_above_the_maximum()
    {
        var diagnostic = Load(Prefix + "min: 5, max: 8, normal: 5, high: 7, very-high: 10 } }").Single();

        diagnostic.ToString().ShouldBe(
            "cat/clauses/security-updates/UPD-01.md:13:95: error PK0136: default of parameter 'p' for level 'very-high' is 10, above its maximum 8; lower the default to at most 8 or raise 'max'");
    }

    [Fact]
    public void Should_say_what_is_wrong_and_what_is_right_When_min_is_above_max()
    {
        var diagnostic = Load(Prefix + "min: 9, max: 3, normal: 5, high: 7, very-high: 10 } }").Single();

        diagnostic.ToString().ShouldBe(
            "cat/clauses/security-updates/UPD-01.md:13:53: error PK0137: parameter 'p' has min 9 above max 3; 'min' must be at most 'max' (swap them if they were mixed up)");
    }

    private static IReadOnlyList<ProcurementKit.Diagnostics.Diagnostic> Load(string parametersLine)
    {
        // The clause text uses {{support-period-years}}; replacing the parameter keeps only the placeholder checks quiet.
        // A label at the end keeps the parameter otherwise complete without moving the columns the tests check.
        var labelled = parametersLine.EndsWith(" } }", StringComparison.Ordinal) ? parametersLine[..^4] + ", label: { de: Frist, en: Deadline } } }" : parametersLine;
        var clause = TestCatalog.Clause("UPD-01", labelled)
            .Replace("{{support-period-years}}", "{{p}}", StringComparison.Ordinal);
        return CatalogLoader.Load(TestCatalog.WithClauses(clause)).Diagnostics;
    }

    /// <summary>The scalar that starts at a 1-based column of the line.</summary>
    private static string ValueAt(string line, int column) =>
        new([.. line[(column - 1)..].TakeWhile(char.IsAsciiDigit)]);
}
