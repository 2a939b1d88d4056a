using System.Text.Json.Nodes;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Commands;

/// <summary>`assess`: the protection-need questionnaire, from a file or the terminal, written into the tender.</summary>
public sealed class AssessCommandTests
{
    private const string ParkingAnswers = """
        {
          "ratings": {
            "laws-and-contracts": { "confidentiality": { "level": "normal" }, "integrity": { "level": "normal" }, "availability": { "level": "normal" } },
            "informational-self-determination": {
              "confidentiality": { "level": "high", "reason": "Belegungsdaten mit Zeitstempel lassen auf Gewohnheiten von Anwohnern schließen." },
              "integrity": { "level": "normal" }, "availability": { "level": "normal" } },
            "personal-integrity": { "confidentiality": { "level": "normal" }, "integrity": { "level": "normal" }, "availability": { "level": "normal" } },
            "task-performance": { "confidentiality": { "level": "normal" }, "integrity": { "level": "normal" },
              "availability": { "level": "high", "reason": "Ohne Belegungsdaten fällt das Parkleitsystem aus." } },
            "internal-external-effects": { "confidentiality": { "level": "normal" }, "integrity": { "level": "normal" }, "availability": { "level": "normal" } },
            "financial-consequences": { "confidentiality": { "level": "normal" }, "integrity": { "level": "normal" }, "availability": { "level": "normal" } }
          },
          "adjustments": {
            "availability": { "effect": "distribution", "level": "normal", "reason": "Jede Zone meldet für sich; fällt eine aus, leitet das System über die anderen." }
          }
        }
        """;

    [Fact]
    public void Should_WriteTheAssessmentAndItsNeedsIntoTheTender_When_AnswersComeFromAFile()
    {
        var (tender, original) = CopyOf("sensor-rollout");
        var answers = Write(Path.GetDirectoryName(tender)!, "answers.json", ParkingAnswers);

        var run = CliRun.Of("assess", tender, "--answers", answers, "--catalog", Repo.Catalog);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain($"wrote {tender}: assessment added; protection needs:");
        run.Out.ShouldContain("  confidentiality: normal -> high");
        run.Out.ShouldContain("  availability: normal (unchanged level, reason rewritten from the assessment)");
        var written = JsonNode.Parse(File.ReadAllText(tender))!.AsObject();
        written["protectionNeeds"]!["confidentiality"]!["level"]!.GetValue<string>().ShouldBe("high");
        written["protectionNeeds"]!["confidentiality"]!["reason"]!.GetValue<string>()
            .ShouldContain("„Beeinträchtigung des informationellen Selbstbestimmungsrechts“ – Belegungsdaten mit Zeitstempel");
        written["protectionNeeds"]!["availability"]!["reason"]!.GetValue<string>().ShouldContain("Verteilungseffekt: abgesenkt auf normal");
        written["assessment"]!["adjustments"]!["availability"]!["effect"]!.GetValue<string>().ShouldBe("distribution");
        written.Select(p => p.Key).ShouldBe([.. original.Select(p => p.Key).Take(7), "assessment", .. original.Select(p => p.Key).Skip(7)]);
        foreach (var key in original.Select(p => p.Key).Where(k => k != "protectionNeeds"))
        {
            JsonNode.DeepEquals(written[key], original[key]).ShouldBeTrue(key);
        }

        CliRun.Of("explain", tender, "--catalog", Repo.Catalog).ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Should_NameTheAnswersFileAndKeyAndLeaveTheTender_When_AnAnswerIsWrong()
    {
        var (tender, _) = CopyOf("sensor-rollout");
        var before = File.ReadAllBytes(tender);
        var answers = Write(Path.GetDirectoryName(tender)!, "answers.json", ParkingAnswers.Replace(
            "\"reason\": \"Ohne Belegungsdaten fällt das Parkleitsystem aus.\"", string.Empty, StringComparison.Ordinal).Replace("\"high\", }", "\"high\" }", StringComparison.Ordinal));

        var run = CliRun.Of("assess", tender, "--answers", answers, "--catalog", Repo.Catalog);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain($"{answers}: error PK0320: 'ratings:task-performance:availability:reason': a rating of high needs a reason");
        File.ReadAllBytes(tender).ShouldBe(before);
    }

    [Fact]
    public void Should_SayTheAnswersFileIsMissing_When_ItDoesNotExist()
    {
        var (tender, _) = CopyOf("sensor-rollout");

        var run = CliRun.Of("assess", tender, "--answers", "no-such-answers.json", "--catalog", Repo.Catalog);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("no-such-answers.json: error PK0326: answers file not found");
    }

    [Fact]
    public void Should_AskEveryQuestionAndWriteTheAnswers_When_TheyComeFromStandardInput()
    {
        var (tender, _) = CopyOf("sensor-rollout");
        var lines = new List<string>();
        foreach (var scenario in Enumerable.Range(0, 6))
        {
            foreach (var goal in Enumerable.Range(0, 3))
            {
                // personal integrity (scenario 2) x integrity (goal 1): very high; everything else normal without a reason
                lines.AddRange(scenario == 2 && goal == 1 ? ["x", "s", "", "Falsch gemeldete freie Plätze leiten Rettungswagen fehl."] : ["n", ""]);
            }
        }

        lines.AddRange(["-", "", "-"]);

        var run = CliRun.WithInput(string.Join("\n", lines) + "\n", "assess", tender, "--catalog", Repo.Catalog);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("[3/6] Beeinträchtigung der persönlichen Unversehrtheit");
        run.Out.ShouldContain("s = sehr hoch: Schwere Verletzungen oder der Tod von Menschen sind möglich");
        run.Out.ShouldContain("'x' ist keine Stufe");
        run.Out.ShouldContain("Ab hoch verlangt BSI 200-2 eine Begründung");
        run.Out.ShouldContain("  integrity: normal -> very-high");
        var written = JsonNode.Parse(File.ReadAllText(tender))!;
        written["assessment"]!["ratings"]!["personal-integrity"]!["integrity"]!["reason"]!.GetValue<string>()
            .ShouldBe("Falsch gemeldete freie Plätze leiten Rettungswagen fehl.");
        written["protectionNeeds"]!["integrity"]!["level"]!.GetValue<string>().ShouldBe("very-high");
    }

    [Fact]
    public void Should_RefuseACumulationThatDoesNotRaise_When_AskedOnTheTerminal()
    {
        var (tender, _) = CopyOf("sensor-rollout");
        var lines = Enumerable.Repeat(new[] { "n", "" }, 18).SelectMany(l => l).ToList();
        lines.AddRange(["k", "n", "Viele Sensoren.", "k", "h", "Viele Sensoren an einem Netz.", "-", "-"]);

        var run = CliRun.WithInput(string.Join("\n", lines) + "\n", "assess", tender, "--catalog", Repo.Catalog, "--lang", "en");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("a cumulation effect can only raise the level, but the ratings already give normal and the adjustment says normal");
        run.Out.ShouldContain("  confidentiality: normal -> high");
        run.Out.ShouldContain("Impairment of personal integrity (life and limb)");
        JsonNode.Parse(File.ReadAllText(tender))!["protectionNeeds"]!["confidentiality"]!["reason"]!.GetValue<string>()
            .ShouldEndWith("Kumulationseffekt: angehoben auf hoch – Viele Sensoren an einem Netz.");
    }

    [Fact]
    public void Should_WriteNothing_When_StandardInputEndsBeforeTheLastQuestion()
    {
        var (tender, _) = CopyOf("sensor-rollout");
        var before = File.ReadAllBytes(tender);

        var run = CliRun.WithInput("n\n\nh\n", "assess", tender, "--catalog", Repo.Catalog);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("stdin: error PK0327: the input ended before the questionnaire was complete (at: laws-and-contracts/integrity)");
        File.ReadAllBytes(tender).ShouldBe(before);
        Directory.GetFiles(Path.GetDirectoryName(tender)!).ShouldBe([tender]);
    }

    [Fact]
    public void Should_OfferTheEarlierAnswers_When_TheTenderHasAnAssessment()
    {
        var (tender, original) = CopyOf("lorawan-network");
        var enters = string.Concat(Enumerable.Repeat("\n", (18 * 2) + 3));

        var run = CliRun.WithInput(enters, "assess", tender, "--catalog", Repo.Catalog);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("assessment replaced");
        run.Out.ShouldContain("  integrity: high (unchanged level, reason rewritten from the assessment)");
        var written = JsonNode.Parse(File.ReadAllText(tender))!;
        JsonNode.DeepEquals(written["assessment"], original["assessment"]).ShouldBeTrue();
    }

    [Fact]
    public void Should_StopBeforeAsking_When_TheRestOfTheTenderHasAProblem()
    {
        var (tender, _) = CopyOf("sensor-rollout");
        File.WriteAllText(tender, File.ReadAllText(tender).Replace("\"iot-sensor\"", "\"iot-sensr\"", StringComparison.Ordinal));
        var before = File.ReadAllBytes(tender);

        var run = CliRun.WithInput("n\n", "assess", tender, "--catalog", Repo.Catalog);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("error PK0304: 'lots:0:categories:0': 'iot-sensr' is not a product category");
        run.Error.ShouldContain("fix these first: assess rewrites only 'assessment' and 'protectionNeeds'");
        run.Out.ShouldBeEmpty();
        File.ReadAllBytes(tender).ShouldBe(before);
    }

    [Fact]
    public void Should_ReplaceLevelsThatDisagree_When_TheTendersNeedsWereEditedByHand()
    {
        var (tender, _) = CopyOf("lorawan-network");
        File.WriteAllText(tender, File.ReadAllText(tender).Replace("\"level\": \"high\",\n      \"reason\": \"Fällt", "\"level\": \"very-high\",\n      \"reason\": \"Fällt", StringComparison.Ordinal));
        CliRun.Of("explain", tender, "--catalog", Repo.Catalog).Error.ShouldContain("PK0325");

        var run = CliRun.Of("assess", tender, "--answers", Repo.Example("lorawan-network"), "--catalog", Repo.Catalog);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("  availability: very-high -> high");
        CliRun.Of("explain", tender, "--catalog", Repo.Catalog).ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Should_ExplainTheQuestionnaireAndTheAnswersFile_When_AskedForHelp()
    {
        var run = CliRun.Of("assess", "--help");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("BSI-Standard 200-2");
        run.Out.ShouldContain("--answers");
        run.Out.ShouldContain("cumulation effect");
        run.Out.ShouldContain("maximum principle");
    }

    private static (string Path, JsonObject Original) CopyOf(string example)
    {
        var text = File.ReadAllText(Repo.Example(example));
        return (Write(Repo.TempDir(), "tender.json", text), JsonNode.Parse(text)!.AsObject());
    }

    private static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
