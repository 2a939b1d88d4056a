using ProcurementKit.Catalog;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Tenders;

/// <summary><c>phases</c>: which lifecycle phases the contract covers; unset keeps held tenders valid without pilot clauses.</summary>
public sealed class PhaseReaderTests
{
    private static readonly RequirementsCatalog s_catalog = TestCatalog.Load(TestCatalog.Clause("UPD-01"));

    [Fact]
    public void Should_cover_every_phase_but_the_experiment_When_phases_is_not_set()
    {
        var tender = TestTender.Parse(TestTender.Json(), s_catalog);

        tender.Phases.ShouldBe([Phase.Planning, Phase.Implementation, Phase.Operation, Phase.Decommissioning]);
    }

    [Fact]
    public void Should_read_the_named_phases_When_a_pilot_sets_them()
    {
        var tender = TestTender.Parse(TestTender.Json(extra: """, "phases": ["experiment", "operation"]"""), s_catalog);

        tender.Phases.ShouldBe([Phase.Experiment, Phase.Operation]);
    }

    [Fact]
    public void Should_name_the_key_path_When_a_phase_is_unknown()
    {
        var errors = TestTender.Read(TestTender.Json(extra: """, "phases": ["operation", "pilot"]"""), s_catalog).Errors;

        errors.Single().ToString().ShouldBe(
            "tender.json: error PK0304: 'phases:1': 'pilot' is not a phase; valid: experiment, planning, implementation, operation, decommissioning");
    }

    [Fact]
    public void Should_ask_for_one_phase_When_the_list_is_empty()
    {
        var errors = TestTender.Read(TestTender.Json(extra: """, "phases": []"""), s_catalog).Errors;

        errors.Single().ToString().ShouldStartWith("tender.json: error PK0303: 'phases': is missing; name at least one phase");
    }
}
