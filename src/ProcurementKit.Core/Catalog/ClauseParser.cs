using System.Globalization;
using System.Text.RegularExpressions;
using ProcurementKit.Catalog.Yaml;
using ProcurementKit.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ProcurementKit.Catalog;

/// <summary>A clause with the positions the cross-file checks need.</summary>
internal sealed record ParsedClause(Clause Clause, SourcePosition IdAt, SourcePosition ReplacesAt)
{
    public SourcePosition DeadlinesAt { get; init; } = IdAt;
}

/// <summary>Reads one clause file and checks everything that needs no other clause.</summary>
internal static partial class ClauseParser
{
    public static readonly IReadOnlyList<string> Fields =
    [
        "id", "version", "status", "approved-by", "approved-on", "legal-note", "topic", "phase", "categories",
        "goals", "from-level", "when", "deployment", "replaces", "obligation", "parameters", "scoring",
        "evidence", "verification", "rationale", "references", "deadlines", "role",
    ];

    private static readonly string[] s_statuses = ["draft", "approved", "retired"];

    /// <param name="relativePath">The file's path in the catalog (the topic folder must match the topic).</param>
    /// <param name="content">The file's text.</param>
    /// <param name="path">The path diagnostics show.</param>
    /// <param name="strings">Shares repeated values across the clauses of one load.</param>
    public static ParsedClause? Parse(string relativePath, string content, string path, Vocabulary vocabulary, DiagnosticBag diagnostics, YamlStrings strings)
    {
        var document = ClauseDocument.Split(content);
        if (document is null)
        {
            diagnostics.Add(CatalogDiagnostics.MissingFrontMatter(new SourcePosition(path, 1, 1)));
            return null;
        }

        var root = YamlText.Parse(document.FrontMatter, path, document.FrontMatterLine, diagnostics);
        if (root is not YamlMappingNode mapping)
        {
            if (root is not null)
            {
                diagnostics.Add(CatalogDiagnostics.MissingFrontMatter(new SourcePosition(path, 1, 1)));
            }

            return null;
        }

        var map = new YamlMap(mapping, path, document.FrontMatterLine, diagnostics, strings);
        map.WarnUnknownKeys(Fields);
        var reader = new ClauseFieldReader(map, vocabulary, diagnostics);
        var parameterReader = new ClauseParametersReader(map, diagnostics);

        var id = map.String("id", required: true) ?? string.Empty;
        if (id.Length > 0 && !IdPattern().IsMatch(id))
        {
            diagnostics.Add(CatalogDiagnostics.InvalidValue(map.ValuePosition("id"), "id", id, "2-5 capital letters, a hyphen and 2-3 digits, e.g. UPD-01"));
        }

        var topic = reader.Topic(id, relativePath);
        var parameters = parameterReader.Parameters();
        var german = Text(document.German, "de", path, document.BodyLine, diagnostics);
        var english = Text(document.English, "en", path, document.BodyLine, diagnostics);
        var evidence = map.Localized("evidence", required: true) ?? LocalizedText.Empty;
        CheckPlaceholders(document, evidence, parameters, map, path, diagnostics);

        var status = Status(map, diagnostics);
        var approval = new Approval(map.String("approved-by"), Date(map, "approved-on", diagnostics), map.Localized("legal-note"));
        if (status == ClauseStatus.Approved)
        {
            if (approval.By is null)
            {
                diagnostics.Add(CatalogDiagnostics.MissingApproval(map.Position, "approved-by"));
            }

            if (approval.On is null)
            {
                diagnostics.Add(CatalogDiagnostics.MissingApproval(map.Position, "approved-on"));
            }
        }

        var fromLevel = reader.Level("from-level") ?? Level.Normal;
        var clause = new Clause
        {
            Id = id,
            Version = map.Int("version", required: true) ?? 0,
            Status = status,
            Topic = topic,
            Phase = reader.Phase(),
            Categories = reader.Categories(),
            Goals = reader.Goals(),
            FromLevel = fromLevel,
            When = reader.When(),
            Deployment = reader.Deployment(),
            Replaces = map.String("replaces"),
            Obligations = new ObligationReader(map, diagnostics).Read(fromLevel),
            Parameters = parameters,
            Scoring = parameterReader.Scoring(parameters),
            Evidence = evidence,
            Verification = reader.Verification(),
            Rationale = map.Localized("rationale") ?? LocalizedText.Empty,
            References = new ReferenceReader(map, vocabulary, diagnostics).Read(),
            Deadlines = reader.Deadlines(),
            Role = reader.Role(),
            German = german,
            English = english,
            Approval = approval,
            Source = new SourcePosition(path, 1, 1),
        };

        if (clause.Role == ClauseRole.Suitability)
        {
            foreach (var (level, _) in clause.Obligations.Where(o => !o.Value.IsKnockOut))
            {
                diagnostics.Add(CatalogDiagnostics.ScoredSuitability(map.AsMap(map.Find("obligation")!)?.PositionOf(level.ToKey()) ?? map.Position, level.ToKey()));
            }
        }

        return new ParsedClause(clause, map.PositionOf("id"), map.ValuePosition("replaces")) { DeadlinesAt = map.ValuePosition("deadlines") };
    }

    private static ClauseStatus Status(YamlMap map, DiagnosticBag diagnostics)
    {
        var text = map.String("status", required: true);
        var index = Array.IndexOf(s_statuses, text);
        if (text is not null && index < 0)
        {
            diagnostics.Add(CatalogDiagnostics.UnknownStatus(map.ValuePosition("status"), text, s_statuses));
        }

        return index < 0 ? ClauseStatus.Draft : (ClauseStatus)index;
    }

    private static string? Date(YamlMap map, string key, DiagnosticBag diagnostics)
    {
        var text = map.String(key);
        // "O" is yyyy-MM-dd for a DateOnly and has a fast parser; the custom pattern cost more than the rest of the clause's dates.
        if (text is not null && !DateOnly.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            diagnostics.Add(CatalogDiagnostics.InvalidValue(map.ValuePosition(key), key, text, "an ISO date such as 2026-10-15"));
            return null;
        }

        return text;
    }

    private static ClauseText Text(ClauseSection? section, string code, string path, int bodyLine, DiagnosticBag diagnostics)
    {
        if (section is null || (section.Title.Length == 0 && section.Body.Length == 0))
        {
            var at = new SourcePosition(path, section?.SectionLine ?? bodyLine, 1);
            diagnostics.Add(code == "de" ? CatalogDiagnostics.MissingGermanText(at) : CatalogDiagnostics.MissingEnglishText(at));
            return ClauseText.Empty;
        }

        if (section.Title.Length == 0)
        {
            diagnostics.Add(CatalogDiagnostics.MissingTitle(new SourcePosition(path, section.TitleLine, 1), code));
        }

        return new ClauseText(section.Title, section.Body);
    }

    private static void CheckPlaceholders(
        ClauseDocument document, LocalizedText evidence, IReadOnlyList<Parameter> parameters, YamlMap map, string path, DiagnosticBag diagnostics)
    {
        var names = parameters.Select(p => p.Name).ToList();
        foreach (var section in new[] { document.German, document.English }.OfType<ClauseSection>())
        {
            var used = new HashSet<string>();
            Check(section.Title, section.TitleLine, 3);
            Check(section.Body, section.BodyLine, 0);
            foreach (var name in Placeholders.Names(section.Language == "de" ? evidence.De : evidence.En))
            {
                used.Add(name);
            }

            foreach (var parameter in names.Where(n => !used.Contains(n)))
            {
                diagnostics.Add(CatalogDiagnostics.UnusedParameter(
                    map.AsMap(map.Find("parameters")!)?.PositionOf(parameter) ?? map.Position,
                    parameter,
                    section.Language == "de" ? "German" : "English"));
            }

            void Check(string text, int firstLine, int columnOffset)
            {
                foreach (var (name, line, column) in Placeholders.Find(text))
                {
                    used.Add(name);
                    if (!names.Contains(name))
                    {
                        var at = new SourcePosition(path, firstLine + line, column + 1 + (line == 0 ? columnOffset : 0));
                        diagnostics.Add(CatalogDiagnostics.UndeclaredPlaceholder(at, name, names));
                    }
                }
            }
        }

        foreach (var name in Placeholders.Names(evidence.De + "\n" + evidence.En).Where(n => !names.Contains(n)).Distinct())
        {
            diagnostics.Add(CatalogDiagnostics.UndeclaredPlaceholder(map.ValuePosition("evidence"), name, names));
        }
    }

    [GeneratedRegex(@"^[A-Z]{2,5}-\d{2,3}$")]
    private static partial Regex IdPattern();
}
