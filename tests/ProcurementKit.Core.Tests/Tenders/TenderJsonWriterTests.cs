using System.Text;
using ProcurementKit.Catalog;
using ProcurementKit.Selection;
using ProcurementKit.Tenders;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Tenders;

public sealed class TenderJsonWriterTests
{
    [Theory]
    [MemberData(nameof(ExampleTenders.All), MemberType = typeof(ExampleTenders))]
    public void An_example_written_and_read_back_selects_the_same_requirements(string example)
    {
        var original = Read(File.ReadAllText(Path.Combine(RepositoryPaths.Examples, example)));
        var written = TenderJsonWriter.ToText(original);
        var reread = Read(written);

        SelectionJson(reread).ShouldBe(SelectionJson(original));
        TenderJsonWriter.ToText(reread).ShouldBe(written);
    }

    [Fact]
    public void Every_field_survives_the_round_trip()
    {
        var tender = Read(File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "lorawan-network.json"))) with
        {
            Title = "Pegelmessung \"Mühlbach\" <Los 1>",
            Description = "Zeile 1\nZeile 2 – mit Gedankenstrich",
            Phases = [Phase.Experiment, Phase.Planning],
            Include = ["GOV-01"],
            AllowDraft = true,
            Evaluation = new EvaluationSettings(AwardMethod.ExtendedReferenceValue, 5, 12.5m, TieBreaker.Price)
            {
                Scale = new ScoringScale([
                    new ScaleStep(0, new LocalizedText("nicht erfüllt", "not met")),
                    new ScaleStep(5, new LocalizedText("voll erfüllt", "fully met"))]),
            },
        };

        var reread = Read(TenderJsonWriter.ToText(tender));

        reread.Title.ShouldBe(tender.Title);
        reread.Description.ShouldBe(tender.Description);
        reread.Phases.ShouldBe(tender.Phases);
        reread.Include.ShouldBe(["GOV-01"]);
        reread.AllowDraft.ShouldBeTrue();
        reread.Evaluation.Method.ShouldBe(AwardMethod.ExtendedReferenceValue);
        reread.Evaluation.MaxPoints.ShouldBe(5);
        reread.Evaluation.FluctuationPercent.ShouldBe(12.5m);
        reread.Evaluation.TieBreaker.ShouldBe(TieBreaker.Price);
        reread.Evaluation.Scale!.Steps.Select(s => (s.Points, s.Meaning.De)).ShouldBe([(0m, "nicht erfüllt"), (5m, "voll erfüllt")]);
        reread.Lots.Select(l => (l.Id, l.Title, string.Join(",", l.Categories), l.Deployment))
            .ShouldBe(tender.Lots.Select(l => (l.Id, l.Title, string.Join(",", l.Categories), l.Deployment)));
        reread.Parameters.ShouldBe(tender.Parameters);
        reread.Context.ShouldBe(tender.Context);
    }

    [Fact]
    public void Umlauts_stay_readable_in_the_file()
    {
        var tender = Read(File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "lorawan-network.json")));

        TenderJsonWriter.ToText(tender).ShouldContain("\"title\": \"LoRaWAN-Gateways einschließlich Montage und Inbetriebnahme\"");
    }

    private static Tender Read(string json)
    {
        var read = TenderReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "tender.json", ShippedCatalog.Catalog);
        read.Errors.ShouldBeEmpty();
        return read.Tender!;
    }

    private static string SelectionJson(Tender tender)
    {
        var selection = SelectionEngine.Select(ShippedCatalog.Catalog, tender, "tender.json").Selection!;
        using var stream = new MemoryStream();
        SelectionJsonWriter.Write(stream, selection, tender.Language);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
