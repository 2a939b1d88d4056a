using System.Text.Json;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Commands;

/// <summary>
/// Composes the LoRaWAN example and fills its response form for several bidders the way they would return
/// it: Alpha meets everything, Beta answers B criteria partially, Gamma fails a knock-out criterion, Delta
/// offers little, and "kaputt.xlsx" is malformed (text price, answer outside the list). The expected
/// figures are worked out from the requirements in selection.json with the formulas of the scoring
/// model, so the scenario keeps its meaning when the catalog grows.
/// </summary>
internal sealed class EvaluationScenario
{
    /// <summary>One lot, extended reference-value method with a 10 % fluctuation range (an English tender, composed and evaluated in German here).</summary>
    public const string Tender = "managed-operations.json";

    public EvaluationScenario(string tender = Tender)
    {
        Root = Directory.CreateTempSubdirectory("pk-evaluate-").FullName;
        TenderPath = Path.Combine(RepositoryPaths.Examples, tender);
        var compose = CliRun.Of("compose", TenderPath, "--out", Compose, "--catalog", RepositoryPaths.Catalog, "--lang", "de");
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

        /// <summary>A quantitative criterion whose full-points value lies below the requirement (`better: lower`).</summary>
        public bool IsLowerBetter => IsQuantitative && FullAt < Required;

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
        var filler = new FormFiller().SharedText("Angebot", "B9", bidder).SharedText("Angebot", "B10", "Erika Muster").Number("Angebot", "B13", price);
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

    public const decimal AlphaPrice = 210_000m;

    /// <summary>The points the evaluator gives Beta's partial answers in the --scores scenario.</summary>
    public const decimal BetaScore = 8m;

    /// <summary>Σ weights of the B criteria scored by the answer alone.</summary>
    public decimal AnswerWeights => Requirements.Where(r => r.IsScored && !r.IsQuantitative).Sum(r => r.Weight);

    public IEnumerable<Requirement> Quantitative => Requirements.Where(r => r.IsQuantitative);

    /// <summary>The quantitative criterion on which Alpha's linear interpolation is checked: the first where higher is better.</summary>
    public Requirement Interpolated => Quantitative.First(r => !r.IsLowerBetter);

    /// <summary>
    /// Alpha, once the evaluator gave 10 points to every claimed qualitative criterion; the interpolated criterion 2 above the requirement = 10 · 2 / (full − required),
    /// at most 10; every other higher-is-better criterion at its full-points value. Criteria where lower is better are
    /// answered with the required value by every bidder (0 points), so the scenario holds with and without `better: lower`.
    /// </summary>
    public decimal AlphaL => (10 * AnswerWeights) + AlphaFormulaL;

    /// <summary>Alpha before the evaluator scores: the quantitative criteria only; its claims of the qualitative ones are open.</summary>
    public decimal AlphaFormulaL => Quantitative.Where(r => !r.IsLowerBetter)
        .Sum(r => r.Weight * (r == Interpolated ? Math.Min(10m, 20m / (r.FullAt!.Value - r.Required!.Value)) : 10m));

    /// <summary>Qualitative B criteria: every claim of them waits for the evaluator.</summary>
    public int QualitativeCount => Requirements.Count(r => r.IsScored && !r.IsQuantitative);

    /// <summary>Beta before scoring: only the higher-is-better quantitative criteria, at their full-points value = 10 points each.</summary>
    public decimal BetaL => 10 * Quantitative.Where(r => !r.IsLowerBetter).Sum(r => r.Weight);

    public decimal BetaScoredL => BetaL + (BetaScore * AnswerWeights);

    /// <summary>Beta's price makes its Z, once scored, 3 % better than Alpha's: Beta has the best Z, Alpha lies in the 10 % corridor.</summary>
    public decimal BetaPrice => Math.Round(BetaScoredL / (AlphaL / AlphaPrice * 1.03m), 2);

    public void ReturnTheUsualFive()
    {
        Return("alpha.xlsx", "Alpha Netzwerke GmbH", AlphaPrice, _ => "erfüllt", r => !r.IsQuantitative ? null : r.IsLowerBetter ? r.Required : r == Interpolated ? r.Required + 2 : r.FullAt,
            f => f.SharedText("Anforderungen", $"H{Requirements[0].Row}", "=HYPERLINK(\"http://evil.example\",\"Klick\")"));
        Return("beta.xlsx", "Beta Funk AG", BetaPrice, r => r.IsScored && !r.IsQuantitative ? "teilweise erfüllt" : "erfüllt", r => !r.IsQuantitative ? null : r.IsLowerBetter ? r.Required : r.FullAt);
        Return("gamma.xlsx", "Gamma IoT KG", 120_000m, r => r == Requirements.First(x => !x.IsScored) ? "nicht erfüllt" : "erfüllt");
        Return("delta.xlsx", "Delta Sensorik eG", 150_000m, r => r.IsScored ? "nicht erfüllt" : "erfüllt");
        Return("kaputt.xlsx", "Kaputt GmbH", 1m, _ => "erfüllt", more: f => f
            .SharedText("Angebot", "B13", "viel Geld")
            .SharedText("Anforderungen", $"F{Requirements[2].Row}", "vielleicht"));
    }

    public CliRun Evaluate(params string[] extra) =>
        CliRun.Of(["evaluate", TenderPath, "--responses", Responses, "--out", Out, "--catalog", RepositoryPaths.Catalog, "--lang", "de", .. extra]);

    /// <summary>The lots of each requirement, as selection.json gives them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Lots()
    {
        using var selection = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Compose, "selection.json")));
        return selection.RootElement.GetProperty("requirements").EnumerateArray().ToDictionary(
            r => r.GetProperty("id").GetString()!,
            r => (IReadOnlyList<string>)[.. r.GetProperty("lots").EnumerateArray().Select(l => l.GetString()!)]);
    }

    public JsonDocument Json() => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out, "evaluation.json")));

    /// <summary>An offer in the (only) lot's ranking.</summary>
    public static JsonElement Bidder(JsonDocument json, string name) =>
        Offers(json).Single(b => b.GetProperty("bidder").GetString() == name);

    public static IReadOnlyList<JsonElement> Offers(JsonDocument json, int lot = 0) =>
        [.. json.RootElement.GetProperty("lots")[lot].GetProperty("offers").EnumerateArray()];
}
