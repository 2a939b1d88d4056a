using System.Text.Json;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Commands;

/// <summary>
/// Composes the LoRaWAN example and fills its response form for several bidders the way they would return
/// it: Alpha meets everything, Beta answers B criteria partially, Gamma fails a knock-out criterion, Delta
/// offers little, and "kaputt.xlsx" is malformed (text price, answer outside the list).
/// </summary>
internal sealed class EvaluationScenario
{
    public const string Tender = "lorawan-network.json";

    public EvaluationScenario()
    {
        Root = Directory.CreateTempSubdirectory("pk-evaluate-").FullName;
        TenderPath = Path.Combine(RepositoryPaths.Examples, Tender);
        var compose = CliHarness.Run("compose", TenderPath, "--out", Compose, "--catalog", RepositoryPaths.Catalog);
        compose.ExitCode.ShouldBe(0, compose.Error);
        Form = File.ReadAllBytes(Path.Combine(Compose, "response-form.xlsx"));
        using var selection = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Compose, "selection.json")));
        Requirements = [.. selection.RootElement.GetProperty("requirements").EnumerateArray().Select(Requirement.From)];
        Directory.CreateDirectory(Responses);
    }

    public sealed record Requirement(int Row, string Id, string Kind, int Weight, decimal? Required, decimal? FullAt)
    {
        public bool IsScored => Kind == "B";

        public bool IsQuantitative => IsScored && FullAt is not null;

        public static Requirement From(JsonElement r, int index)
        {
            decimal? required = null;
            decimal? fullAt = null;
            if (r.TryGetProperty("scoring", out var scoring))
            {
                fullAt = scoring.GetProperty("fullAt").GetDecimal();
                required = decimal.Parse(r.GetProperty("parameters").GetProperty(scoring.GetProperty("parameter").GetString()!).GetProperty("value").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            }

            return new(5 + index, r.GetProperty("id").GetString()!, r.GetProperty("kind").GetString()!,
                r.GetProperty("weight").ValueKind == JsonValueKind.Number ? r.GetProperty("weight").GetInt32() : 0, required, fullAt);
        }
    }

    public string Root { get; }

    public string TenderPath { get; }

    public string Compose => Path.Combine(Root, "compose");

    public string Responses => Path.Combine(Root, "responses");

    public string Out => Path.Combine(Root, "out");

    public byte[] Form { get; }

    public IReadOnlyList<Requirement> Requirements { get; }

    /// <summary>Fills the form for one bidder; <paramref name="answer"/> picks each requirement's answer, <paramref name="value"/> the stated value.</summary>
    public void Return(string file, string bidder, decimal price, Func<Requirement, string> answer, Func<Requirement, decimal?>? value = null, Action<FormFiller>? more = null)
    {
        var filler = new FormFiller().SharedText("Angebot", "B9", bidder).Number("Angebot", "B10", price);
        foreach (var requirement in Requirements)
        {
            filler.SharedText("Anforderungen", $"F{requirement.Row}", answer(requirement));
            if (value?.Invoke(requirement) is { } v)
            {
                filler.Number("Anforderungen", $"G{requirement.Row}", v);
            }
        }

        more?.Invoke(filler);
        File.WriteAllBytes(Path.Combine(Responses, file), filler.Apply(Form));
    }

    public void ReturnTheUsualFive()
    {
        Return("alpha.xlsx", "Alpha Netzwerke GmbH", 210_000m, _ => "erfüllt", r => r.IsQuantitative ? r.Required + 2 : null,
            f => f.SharedText("Anforderungen", $"H{Requirements[0].Row}", "=HYPERLINK(\"http://evil.example\",\"Klick\")"));
        Return("beta.xlsx", "Beta Funk AG", 190_000m, r => r.IsScored && !r.IsQuantitative ? "teilweise erfüllt" : "erfüllt", r => r.IsQuantitative ? r.FullAt : null);
        Return("gamma.xlsx", "Gamma IoT KG", 120_000m, r => r == Requirements.First(x => !x.IsScored) ? "nicht erfüllt" : "erfüllt");
        Return("delta.xlsx", "Delta Sensorik eG", 150_000m, r => r.IsScored ? "nicht erfüllt" : "erfüllt");
        Return("kaputt.xlsx", "Kaputt GmbH", 1m, _ => "erfüllt", more: f => f
            .SharedText("Angebot", "B10", "viel Geld")
            .SharedText("Anforderungen", $"F{Requirements[2].Row}", "vielleicht"));
    }

    public CliResult Evaluate(params string[] extra) =>
        CliHarness.Run(["evaluate", TenderPath, "--responses", Responses, "--out", Out, "--catalog", RepositoryPaths.Catalog, .. extra]);

    public JsonDocument Json() => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out, "evaluation.json")));

    public static JsonElement Bidder(JsonDocument json, string name) =>
        json.RootElement.GetProperty("bidders").EnumerateArray().Single(b => b.GetProperty("bidder").GetString() == name);
}
