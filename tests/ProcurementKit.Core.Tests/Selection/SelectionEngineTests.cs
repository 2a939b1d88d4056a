using ProcurementKit.Catalog;
using ProcurementKit.Selection;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Selection;

/// <summary>Selection examples: a catalog snippet and a tender in, the ids, obligations and values out.</summary>
public sealed class SelectionEngineTests
{
    private static TenderSelection Select(string tenderJson, params string[] clauses)
    {
        var catalog = TestCatalog.Load(clauses);
        var result = SelectionEngine.Select(catalog, TestTender.Parse(tenderJson, catalog));
        result.Errors.ShouldBeEmpty();
        return result.Selection!;
    }

    [Theory]
    [InlineData("normal", "B3", "5\u00A0Jahre")]
    [InlineData("high", "A", "7\u00A0Jahre")]
    [InlineData("very-high", "A", "10\u00A0Jahre")]
    public void Should_take_obligation_and_default_of_the_driving_level_When_integrity_sets_it(string integrity, string obligation, string years)
    {
        var selection = Select(TestTender.Json(integrity: integrity), TestCatalog.Clause("UPD-01"));

        var requirement = selection.Requirements.ShouldHaveSingleItem();
        requirement.Obligation.ToString().ShouldBe(obligation);
        requirement.Text.De.ShouldBe($"Der Auftragnehmer liefert Updates für {years}.");
        requirement.Title.En.ShouldStartWith("Updates for ");
    }

    [Fact]
    public void Should_drive_by_the_highest_of_the_clause_goals_When_goals_differ()
    {
        var selection = Select(TestTender.Json(integrity: "normal", availability: "very-high"), TestCatalog.Clause("UPD-01"));

        var requirement = selection.Requirements.Single();
        requirement.DrivingGoal.ShouldBe(ProtectionGoal.Availability);
        requirement.Level.ShouldBe(Level.VeryHigh);
    }

    [Fact]
    public void Should_ignore_goals_the_clause_does_not_name_When_only_confidentiality_is_high()
    {
        var selection = Select(TestTender.Json(confidentiality: "very-high"), TestCatalog.Clause("UPD-01"));

        selection.Requirements.Single().Level.ShouldBe(Level.Normal);
    }

    [Fact]
    public void Should_exclude_with_reason_When_the_level_is_below_from_level()
    {
        var selection = Select(TestTender.Json(integrity: "high"), TestCatalog.Clause("UPD-01", "from-level: very-high", "obligation: { very-high: { kind: A } }"));

        selection.Requirements.ShouldBeEmpty();
        var excluded = selection.Excluded.Single();
        excluded.Reason.En.ShouldBe("integrity is at most high; the clause applies from very high");
        excluded.Reason.De.ShouldBe("Integrität ist höchstens hoch; die Klausel gilt ab sehr hoch");
    }

    [Fact]
    public void Should_apply_to_the_lot_with_its_own_need_When_one_lot_overrides_integrity()
    {
        var lots = """
            [{ "id": "1", "title": "Gateways", "categories": ["lorawan-gateway"] },
             { "id": "2", "title": "Sensoren", "categories": ["iot-sensor"], "protectionNeeds": { "integrity": { "level": "very-high", "reason": "Hochwasser" } } }]
            """;
        var clauses = new[]
        {
            TestCatalog.Clause("UPD-01"),
            TestCatalog.Clause("UPD-02", "from-level: very-high", "obligation: { very-high: { kind: A } }"),
        };

        var selection = Select(TestTender.Json(integrity: "normal", lots: lots), clauses);

        selection.Find("UPD-01")!.Lots.ShouldBe(["1", "2"]);
        selection.Find("UPD-01")!.Obligation.ShouldBe(Obligation.Must);
        selection.Find("UPD-02")!.Lots.ShouldBe(["2"]);
        selection.Find("UPD-02")!.Reason.En.ShouldBe("included because integrity is very high (clause applies from very high) and lot 2 buys: IoT sensor; the planning phase is part of the contract");
    }

    [Fact]
    public void Should_select_only_for_matching_categories_When_lots_buy_different_things()
    {
        var lots = """[{ "id": "A", "title": "Cloud", "categories": ["cloud-service"], "deployment": "cloud" }]""";

        var selection = Select(TestTender.Json(lots: lots), TestCatalog.Clause("UPD-01"), TestCatalog.Clause("CRY-01", "categories: [all]"));

        selection.Requirements.Select(r => r.Id).ShouldBe(["CRY-01"]);
        selection.Excluded.Single().Reason.En.ShouldBe("no lot buys a matching category (IoT sensor, LoRaWAN gateway)");
    }

    [Theory]
    [InlineData("""{ "personalData": true }""", true)]
    [InlineData("""{ "personalData": false }""", false)]
    [InlineData("{}", false)]
    public void Should_apply_context_conditions_When_the_clause_has_when(string context, bool selected)
    {
        var selection = Select(TestTender.Json(context: context), TestCatalog.Clause("UPD-01", "when: { personalData: true }"));

        selection.Requirements.Any().ShouldBe(selected);
        if (!selected)
        {
            selection.Excluded.Single().Reason.En.ShouldBe("condition not met: personalData=true");
        }
    }

    [Theory]
    [InlineData("cloud", true)]
    [InlineData("on-premises", false)]
    public void Should_apply_deployment_When_the_clause_names_one(string deployment, bool selected)
    {
        var lots = $$"""[{ "id": "1", "title": "x", "categories": ["iot-sensor"], "deployment": "{{deployment}}" }]""";

        var selection = Select(TestTender.Json(lots: lots), TestCatalog.Clause("UPD-01", "deployment: [cloud, hybrid]"));

        selection.Requirements.Any().ShouldBe(selected);
    }

    [Fact]
    public void Should_drop_the_replaced_clause_When_both_are_selected()
    {
        var selection = Select(TestTender.Json(integrity: "high"), TestCatalog.Clause("UPD-01"), TestCatalog.Clause("UPD-02", "replaces: UPD-01"));

        selection.Requirements.Select(r => r.Id).ShouldBe(["UPD-02"]);
        selection.Requirements.Single().Number.ShouldBe("1.1");
        selection.Excluded.Single().Reason.En.ShouldBe("replaced by UPD-02, which is also selected");
    }

    [Fact]
    public void Should_keep_the_weaker_clause_When_the_replacing_clause_is_not_selected()
    {
        var selection = Select(
            TestTender.Json(integrity: "high"),
            TestCatalog.Clause("UPD-01"),
            TestCatalog.Clause("UPD-02", "replaces: UPD-01", "from-level: very-high", "obligation: { very-high: { kind: A } }"));

        selection.Requirements.Select(r => r.Id).ShouldBe(["UPD-01"]);
    }

    [Fact]
    public void Should_use_the_tender_value_When_the_tender_overrides_a_parameter()
    {
        var selection = Select(TestTender.Json(parameters: """{ "support-period-years": 8 }"""), TestCatalog.Clause("UPD-01"));

        var parameter = selection.Requirements.Single().Parameter("support-period-years")!;
        parameter.Value.ShouldBe("8");
        parameter.Source.ShouldBe(ParameterSource.Tender);
        selection.Requirements.Single().Text.En.ShouldBe("The contractor supplies updates for 8\u00A0years.");
    }

    [Fact]
    public void Should_fail_naming_clause_parameter_and_minimum_When_the_tender_value_is_below_min()
    {
        var catalog = TestCatalog.Load(TestCatalog.Clause("UPD-01"));
        var tender = TestTender.Parse(TestTender.Json(parameters: """{ "support-period-years": 3 }"""), catalog);

        var result = SelectionEngine.Select(catalog, tender, "tender.json");

        result.Selection.ShouldBeNull();
        result.Errors.Single().ToString().ShouldBe(
            "tender.json: error PK0308: 'parameters:support-period-years': 3 is below the minimum 5 that clause UPD-01 sets for 'support-period-years'");
    }

    [Fact]
    public void Should_force_in_and_out_When_the_tender_lists_include_and_exclude()
    {
        var lots = """[{ "id": "1", "title": "Cloud", "categories": ["cloud-service"] }]""";

        var selection = Select(
            TestTender.Json(lots: lots, include: """["UPD-01"]""", exclude: """["CRY-01"]"""),
            TestCatalog.Clause("UPD-01"),
            TestCatalog.Clause("CRY-01", "categories: [all]"));

        selection.Requirements.Single().Id.ShouldBe("UPD-01");
        selection.Requirements.Single().Reason.En.ShouldBe("included by the tender's 'include' list");
        selection.Excluded.Single().Reason.En.ShouldBe("excluded by the tender's 'exclude' list");
    }

    [Fact]
    public void Should_skip_drafts_unless_allowed_When_a_clause_is_a_draft()
    {
        var draft = TestCatalog.Clause("UPD-01", "status: draft");

        Select(TestTender.Json(), draft).Requirements.ShouldBeEmpty();
        Select(TestTender.Json(extra: """, "allowDraft": true"""), draft).Requirements.Count.ShouldBe(1);
    }

    [Fact]
    public void Should_never_select_retired_clauses_When_they_match()
    {
        var selection = Select(TestTender.Json(), TestCatalog.Clause("UPD-01", "status: retired"));

        selection.Excluded.Single().Reason.En.ShouldBe("clause is retired");
    }

    [Fact]
    public void Should_number_by_topic_position_When_topics_are_skipped()
    {
        var selection = Select(TestTender.Json(), TestCatalog.Clause("CRY-01"), TestCatalog.Clause("CRY-02"));

        selection.Requirements.Select(r => r.Number).ShouldBe(["1.1", "1.2"]);
    }

    [Fact]
    public void Should_give_the_same_hash_When_selecting_twice_and_another_When_a_value_changes()
    {
        var first = Select(TestTender.Json(), TestCatalog.Clause("UPD-01")).Hash();
        var second = Select(TestTender.Json(), TestCatalog.Clause("UPD-01")).Hash();
        var changed = Select(TestTender.Json(parameters: """{ "support-period-years": 9 }"""), TestCatalog.Clause("UPD-01")).Hash();

        first.ShouldBe(second);
        changed.ShouldNotBe(first);
    }
}
