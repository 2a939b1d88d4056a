using ProcurementKit.Catalog;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Catalog;

/// <summary>
/// Every lint rule, shown by a broken clause: the overrides that break it, the code it must produce,
/// and the line of the offending key (front matter starts on line 2, after '---').
/// </summary>
public sealed class LintRuleTests
{
    public static TheoryData<string, string[], int> BrokenClauses => new()
    {
        { "PK0102", ["version: one"], 3 },
        { "PK0102", ["approved-on: 15.10.2026"], 6 },
        { "PK0102", ["approved-on: 2026-02-30"], 6 },
        { "PK0102", ["approved-on: 2026-1-5"], 6 },
        { "PK0102", ["approved-on: 2026-10-15T00:00"], 6 },
        { "PK0104", ["topic: security-update"], 7 },
        { "PK0105", ["categories: [iot-sensr]"], 9 },
        { "PK0106", ["phase: planing"], 8 },
        { "PK0107", ["from-level: hoch"], 11 },
        { "PK0108", ["references: [{ standard: ISO 27001, item: A.5 }]"], 17 },
        { "PK0109", ["status: aproved"], 4 },
        { "PK0110", ["from_level: high"], 18 },
        { "PK0111", ["goals: [integrity, safety]"], 10 },
        { "PK0112", ["when: { personaldata: true }"], 18 },
        { "PK0113", ["deployment: [on-prem]"], 18 },
        { "PK0114", ["verification: [inspection]"], 15 },
        { "PK0120", ["obligation: { normal: { kind: B, weight: 3 }, high: { kind: A } }"], 12 },
        { "PK0121", ["obligation: { normal: { kind: B, weight: 7 }, high: { kind: A }, very-high: { kind: A } }"], 12 },
        { "PK0122", ["obligation: { normal: { kind: C }, high: { kind: A }, very-high: { kind: A } }"], 12 },
        { "PK0132", ["parameters: { support-period-years: { type: integer, unit: years, min: 5, normal: 3, high: 7, very-high: 10 } }"], 13 },
        { "PK0133", ["parameters: { support-period-years: { type: integer, unit: yrs, normal: 5 } }"], 13 },
        { "PK0134", ["scoring: { parameter: support-years, full-at: 12 }"], 18 },
        { "PK0135", ["parameters: { support-period-years: { type: integer, unit: years, normal: 5, high: 9, very-high: 7 } }"], 13 },
        { "PK0136", ["parameters: { support-period-years: { type: integer, unit: years, min: 5, max: 8, normal: 5, high: 7, very-high: 10 } }"], 13 },
        { "PK0137", ["parameters: { support-period-years: { type: integer, unit: years, min: 9, max: 3, normal: 5, high: 7, very-high: 10 } }"], 13 },
        { "PK0190", ["parameters: { support-period-years: { type: integer, unit: years, min: 5, normal: 5, high: 7, very-high: 10 } }"], 13 },
        { "PK0140", ["replaces: UPD-99"], 18 },
        { "PK0160", ["approved-by: ~remove"], 2 },
        { "PK0170", ["references: [{ standard: CRA, item: \"Art. 99\" }]"], 17 },
        { "PK0171", ["references: ~remove"], 2 },
        { "PK0172", ["rationale: { de: \"Begründung\" }"], 16 },
        { "PK0117", ["role: eignung"], 18 },
        { "PK0123", ["role: suitability"], 12 },
        { "PK0180", ["deadlines: [incidnet]"], 18 },
        { "PK0101", ["topic: ~remove"], 2 },
        { "PK0101", ["evidence: ~remove"], 2 },
    };

    [Theory]
    [MemberData(nameof(BrokenClauses))]
    public void Should_report_code_at_the_offending_line_When_a_clause_breaks_a_rule(string code, string[] overrides, int line)
    {
        var result = CatalogLoader.Load(TestCatalog.WithClauses(TestCatalog.Clause("UPD-01", overrides)));

        var diagnostic = result.Diagnostics.FirstOrDefault(d => d.Code == code);
        diagnostic.ShouldNotBeNull($"expected {code}; got: {string.Join(" | ", result.Diagnostics)}");
        diagnostic.Position.File.ShouldBe("cat/clauses/security-updates/UPD-01.md");
        diagnostic.Position.Line.ShouldBe(line);
    }

    [Fact]
    public void Should_report_nothing_When_the_clause_is_valid()
    {
        var result = CatalogLoader.Load(TestCatalog.WithClauses(TestCatalog.Clause("UPD-01"), TestCatalog.Clause("CRY-01")));

        result.Diagnostics.ShouldBeEmpty();
        result.Catalog.Clauses.Select(c => c.Id).ShouldBe(["UPD-01", "CRY-01"]);
    }

    [Fact]
    public void Should_report_PK0001_with_line_When_front_matter_is_not_yaml()
    {
        var clause = TestCatalog.Clause().Replace("phase: planning", "phase: [planning", StringComparison.Ordinal);

        var result = CatalogLoader.Load(TestCatalog.WithClauses(clause));

        result.Diagnostics.Count.ShouldBe(1, string.Join(" | ", result.Diagnostics));
        var diagnostic = result.Diagnostics[0];
        diagnostic.Code.ShouldBe("PK0001");
        diagnostic.Position.Line.ShouldBeGreaterThanOrEqualTo(8);
        diagnostic.ToString().ShouldStartWith("cat/clauses/security-updates/UPD-01.md:");
    }

    [Fact]
    public void Should_report_PK0002_When_the_file_has_no_front_matter()
    {
        var result = CatalogLoader.Load(TestCatalog.Source(("clauses/security-updates/UPD-01.md", "# de\n## Titel\nText\n")));

        result.Diagnostics.Single().Code.ShouldBe("PK0002");
    }

    [Fact]
    public void Should_report_PK0003_When_a_header_file_is_missing()
    {
        var source = TestCatalog.WithClauses(TestCatalog.Clause());
        var withoutTopics = source with { Files = [.. source.Files.Where(f => f.RelativePath != "topics.yaml")] };

        var result = CatalogLoader.Load(withoutTopics);

        result.Diagnostics.ShouldContain(d => d.Code == "PK0003" && d.Position.File == "cat/topics.yaml");
    }

    [Fact]
    public void Should_report_PK0103_at_the_second_file_When_two_clauses_share_an_id()
    {
        var source = TestCatalog.Source(
            ("clauses/security-updates/UPD-01.md", TestCatalog.Clause()),
            ("clauses/security-updates/UPD-01b.md", TestCatalog.Clause()));

        var diagnostic = CatalogLoader.Load(source).Diagnostics.Single(d => d.Code == "PK0103");

        diagnostic.Position.File.ShouldBe("cat/clauses/security-updates/UPD-01b.md");
        diagnostic.Message.ShouldContain("cat/clauses/security-updates/UPD-01.md:2:1");
    }

    [Fact]
    public void Should_warn_PK0115_and_PK0116_When_a_clause_lies_in_another_topic_with_another_prefix()
    {
        var source = TestCatalog.Source(("clauses/cryptography/UPD-01.md", TestCatalog.Clause("UPD-01", "topic: cryptography")));

        var codes = CatalogLoader.Load(TestCatalog.Source(
            ("clauses/security-updates/UPD-01.md", TestCatalog.Clause("UPD-01", "topic: cryptography")))).Diagnostics.Select(d => d.Code);

        codes.ShouldContain("PK0115");
        codes.ShouldContain("PK0116");
        CatalogLoader.Load(source).Diagnostics.Select(d => d.Code).ShouldBe(["PK0116"]);
    }

    [Fact]
    public void Should_report_PK0130_with_line_and_column_When_a_placeholder_has_no_parameter()
    {
        var clause = TestCatalog.Clause().Replace("Der Auftragnehmer liefert", "Binnen {{reaction-hours}} liefert der Auftragnehmer", StringComparison.Ordinal);

        var diagnostic = CatalogLoader.Load(TestCatalog.WithClauses(clause)).Diagnostics.Single(d => d.Code == "PK0130");

        diagnostic.Position.Line.ShouldBe(21);
        diagnostic.Position.Column.ShouldBe(8);
    }

    [Fact]
    public void Should_warn_PK0131_When_a_parameter_is_not_used_in_one_language()
    {
        var clause = TestCatalog.Clause().Replace("The contractor supplies updates for {{support-period-years}}.", "The contractor supplies updates.", StringComparison.Ordinal)
            .Replace("## Updates for {{support-period-years}}", "## Updates", StringComparison.Ordinal);

        var diagnostic = CatalogLoader.Load(TestCatalog.WithClauses(clause)).Diagnostics.Single(d => d.Code == "PK0131");

        diagnostic.Message.ShouldContain("English");
    }

    [Fact]
    public void Should_report_PK0141_When_replaces_forms_a_cycle()
    {
        var result = CatalogLoader.Load(TestCatalog.WithClauses(
            TestCatalog.Clause("UPD-01", "replaces: UPD-02"),
            TestCatalog.Clause("UPD-02", "replaces: UPD-01")));

        var cycle = result.Diagnostics.Single(d => d.Code == "PK0141");
        cycle.Message.ShouldContain("UPD-01 -> UPD-02 -> UPD-01");
    }

    [Fact]
    public void Should_report_PK0150_PK0151_PK0152_When_texts_are_missing()
    {
        var noGerman = TestCatalog.Clause()[..TestCatalog.Clause().IndexOf("# de", StringComparison.Ordinal)] + "# en\n## Title\nText\n";
        var noEnglish = TestCatalog.Clause()[..TestCatalog.Clause().IndexOf("# en", StringComparison.Ordinal)];
        var noTitle = TestCatalog.Clause().Replace("## Updates für {{support-period-years}}\n", string.Empty, StringComparison.Ordinal);

        CatalogLoader.Load(TestCatalog.WithClauses(noGerman)).Diagnostics.ShouldContain(d => d.Code == "PK0150" && d.IsError);
        CatalogLoader.Load(TestCatalog.WithClauses(noEnglish)).Diagnostics.ShouldContain(d => d.Code == "PK0151" && !d.IsError);
        CatalogLoader.Load(TestCatalog.WithClauses(noTitle)).Diagnostics.ShouldContain(d => d.Code == "PK0152" && d.Position.Line == 20);
    }

    [Fact]
    public void Should_format_diagnostics_as_path_line_column_severity_code_message()
    {
        var diagnostic = CatalogLoader.Load(TestCatalog.WithClauses(TestCatalog.Clause("UPD-01", "phase: planing"))).Diagnostics.Single();

        diagnostic.ToString().ShouldBe(
            "cat/clauses/security-updates/UPD-01.md:8:8: error PK0106: unknown phase 'planing' (did you mean 'planning'?); valid: experiment, planning, implementation, operation, decommissioning");
    }
}
