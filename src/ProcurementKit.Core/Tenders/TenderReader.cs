using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Tenders.Assessment;
using ProcurementKit.Text;

namespace ProcurementKit.Tenders;

/// <summary>
/// Reads a tender JSON file through Microsoft.Extensions.Configuration and checks it against the catalog,
/// collecting every problem with the key it concerns.
/// </summary>
public static class TenderReader
{
    private static readonly string[] s_topLevelKeys =
    [
        "title", "reference", "authority", "language", "date", "description", "protectionNeeds", "lots",
        "context", "parameters", "include", "exclude", "allowDraft", "evaluation", "phases", "assessment",
    ];

    public static TenderReadResult Read(Stream json, string file, RequirementsCatalog catalog)
    {
        IConfigurationRoot root;
        try
        {
            root = new ConfigurationBuilder().AddJsonStream(json).Build();
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or JsonException)
        {
            return new TenderReadResult(null, [JsonProblem(file, e)]);
        }

        var errors = new List<Diagnostic>();
        var reader = new SectionReader(file, errors);
        foreach (var child in root.GetChildren().Where(c => !s_topLevelKeys.Contains(c.Key)))
        {
            errors.Add(TenderDiagnostics.UnknownKey(file, child.Key, "key", s_topLevelKeys));
        }

        var language = reader.Required(root, "language") ?? "de";
        if (!Languages.TryParse(language, out var lang))
        {
            errors.Add(TenderDiagnostics.NotInVocabulary(file, "language", "a document language", language, Languages.Codes));
        }

        var date = reader.Required(root, "date");
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add(TenderDiagnostics.NotDate(file, "date", date));
        }

        var beforeAssessment = errors.Count;
        var assessment = ReadAssessment(root, reader, errors, file);
        var needs = assessment is not null && !root.GetSection("protectionNeeds").Exists()
            ? ProtectionNeedDetermination.Determine(assessment, lang)
            : new ProtectionNeedReader(reader).Read(root.GetSection("protectionNeeds"), required: true);
        if (assessment is not null && errors.Count == beforeAssessment)
        {
            CheckAgreement(needs, assessment, file, errors);
        }

        var lots = new LotReader(reader, catalog).Read(root.GetSection("lots"));
        var tender = new Tender
        {
            Title = reader.Required(root, "title") ?? string.Empty,
            Reference = reader.Required(root, "reference") ?? string.Empty,
            Authority = reader.Required(root, "authority") ?? string.Empty,
            Language = lang,
            Date = date ?? string.Empty,
            Description = root["description"] ?? string.Empty,
            ProtectionNeeds = needs,
            Assessment = assessment,
            Lots = lots,
            Phases = PhaseReader.Read(root.GetSection("phases"), reader),
            Context = ContextReader.Read(root.GetSection("context"), catalog, reader),
            Parameters = ParameterOverrides.Read(root.GetSection("parameters"), catalog, reader),
            Include = reader.ClauseIds(root.GetSection("include"), catalog),
            Exclude = reader.ClauseIds(root.GetSection("exclude"), catalog),
            AllowDraft = reader.Bool(root, "allowDraft") ?? false,
            Evaluation = EvaluationReader.Read(root.GetSection("evaluation"), reader, catalog.Scale),
        };

        foreach (var id in tender.Include.Intersect(tender.Exclude, StringComparer.Ordinal))
        {
            errors.Add(TenderDiagnostics.Duplicate(file, "include", $"'{id}' is both included and excluded; keep it in one list"));
        }

        return errors.Count > 0 ? new TenderReadResult(null, errors) : new TenderReadResult(tender, errors);
    }

    /// <summary>
    /// The assessment, when the tender has one; its rules are checked only once its shape is right, so a bad
    /// level is reported once and not again as a missing rating.
    /// </summary>
    private static ProtectionNeedAssessment? ReadAssessment(IConfigurationRoot root, SectionReader reader, List<Diagnostic> errors, string file)
    {
        var section = root.GetSection("assessment");
        if (!section.Exists())
        {
            return null;
        }

        var before = errors.Count;
        var assessment = new AssessmentReader(reader).Read(section);
        if (errors.Count == before)
        {
            errors.AddRange(ProtectionNeedDetermination.Check(assessment, file));
        }

        return assessment;
    }

    /// <summary>With an assessment, the levels in protectionNeeds are its result; the reasons may be the officer's own words.</summary>
    private static void CheckAgreement(
        IReadOnlyDictionary<ProtectionGoal, ProtectionNeed> needs, ProtectionNeedAssessment assessment, string file, List<Diagnostic> errors)
    {
        foreach (var goal in ProtectionGoals.All.Where(needs.ContainsKey))
        {
            var determined = ProtectionNeedDetermination.DetermineGoal(assessment, goal).Level;
            if (needs[goal].Level != determined)
            {
                errors.Add(TenderDiagnostics.NeedDisagrees(
                    file, $"protectionNeeds:{goal.ToKey()}:level", goal.ToKey(), needs[goal].Level.ToKey(), determined.ToKey()));
            }
        }
    }

    internal static Diagnostic JsonProblem(string file, Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException { LineNumber: { } line } json)
            {
                return TenderDiagnostics.NotJson(file, line + 1, (json.BytePositionInLine ?? 0) + 1, FirstSentence(json.Message));
            }
        }

        return TenderDiagnostics.NotJson(file, null, null, FirstSentence(e.Message));
    }

    private static string FirstSentence(string message)
    {
        var index = message.IndexOf(" Path:", StringComparison.Ordinal);
        return index > 0 ? message[..index] : message;
    }
}
