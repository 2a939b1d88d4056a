using System.Text.RegularExpressions;
using ProcurementKit.Catalog;
using ProcurementKit.Coverage;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Catalog;

/// <summary>Grundschutz++ as a registered standard: cited ids are checked, coverage reports the supply-chain controls only.</summary>
public sealed partial class GrundschutzPlusPlusTests
{
    private static readonly string s_registry =
        File.ReadAllText(Path.Combine(RepositoryPaths.Catalog, "standards", "grundschutz-plus-plus.yaml"));

    [Theory]
    [InlineData("BES.4.8", null)]
    [InlineData("KONF.10.4", null)]
    [InlineData("BES.4.99", "PK0170")]
    [InlineData("SYS.4.4.A5", "PK0170")]
    public void Should_check_a_cited_control_against_the_registry_When_a_clause_cites_Grundschutz_plus_plus(string item, string? code)
    {
        var clause = TestCatalog.Clause("UPD-01", $"references: [{{ standard: \"Grundschutz++\", item: \"{item}\" }}]");
        var source = TestCatalog.WithClauses(clause);
        source = source with { Files = [.. source.Files, new CatalogFile("standards/grundschutz-plus-plus.yaml", s_registry)] };

        var codes = CatalogLoader.Load(source).Diagnostics.Select(d => d.Code).ToList();

        if (code is null)
        {
            codes.ShouldBeEmpty();
        }
        else
        {
            codes.ShouldBe([code]);
        }
    }

    [Fact]
    public void Should_report_only_the_BES_DLS_and_ASST_controls_of_the_supply_chain_catalog()
    {
        var standard = ShippedCatalog.Catalog.FindStandard("Grundschutz++")!;
        var rows = CoverageMatrix.ForCatalog(ShippedCatalog.Catalog).Rows.Where(r => r.Standard.Name == "Grundschutz++").ToList();

        standard.Items.Count.ShouldBe(996);
        rows.Count.ShouldBe(134);
        rows.Select(r => r.Item.Group).Distinct().Order().ShouldBe(["ASST", "BES", "DLS"]);
        rows.ShouldContain(r => r.Item.Id == "ASST.2.3.2" && r.Item.Level == "normal-SdT");
    }

    [Fact]
    public void Should_explain_in_the_docs_page_exactly_the_controls_the_registry_marks_as_no_tender_matter()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "grundschutz-coverage.md"));
        var documented = TableRow().Matches(docs).Select(m => m.Groups[1].Value).ToList();
        var rows = CoverageMatrix.ForCatalog(ShippedCatalog.Catalog).Rows.Where(r => r.Standard.Name == "Grundschutz++").ToList();

        documented.ShouldNotBeEmpty();
        rows.Where(r => r.Item.OutsideTenders is not null).Select(r => r.Item.Id).ShouldBe(documented, ignoreOrder: true);
        rows.Where(r => r.IsCovered && r.Item.OutsideTenders is not null).Select(r => r.Item.Id).ShouldBeEmpty("covered by a clause, yet documented as no tender matter");
    }

    [Fact]
    public void Should_show_an_explained_control_with_its_reason_and_not_as_a_gap()
    {
        var text = CoverageReport.Text(CoverageMatrix.ForCatalog(ShippedCatalog.Catalog), Language.English);

        text.ShouldMatch(@"BES\.1\.4\s+Outsourcing-Strategie: not a tender matter: ");
        text.ShouldMatch(@"Grundschutz\+\+ — .*\(\d+/134 covered, 52 not a tender matter\)");
        text.Split('\n').Last(l => l.Length > 0).ShouldNotContain("BES.1.4,");
    }

    [GeneratedRegex(@"^\| ((?:ASST|BES|DLS)(?:\.\d+)+) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
