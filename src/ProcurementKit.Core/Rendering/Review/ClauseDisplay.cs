using System.Globalization;
using ProcurementKit.Catalog;
using ProcurementKit.Text;

namespace ProcurementKit.Rendering.Review;

/// <summary>How the review document and the redline print a clause's fields: names instead of ids, units, localised words.</summary>
public sealed class ClauseDisplay(RequirementsCatalog catalog, Language language)
{
    private const string None = "–";

    public ReviewLabels Labels { get; } = ReviewLabels.For(language);

    public Language Language => language;

    /// <summary>Parameters in place of their placeholders, by label.</summary>
    public ParameterDisplay Parameters { get; } = new(language);

    public string Status(Clause clause) => Labels.StatusName(clause.Status);

    public string Approval(Clause clause) => clause.Approval switch
    {
        { By: { } by, On: { } on } => $"{by}, {DateText.Long(on, language)}",
        { By: { } by } => by,
        { On: { } on } => DateText.Long(on, language),
        _ => clause.Status == ClauseStatus.Approved ? Labels.ApprovalMissing : None,
    };

    public string LegalNote(Clause clause) => clause.Approval.Note?[language] ?? string.Empty;

    public string Topic(Clause clause) => catalog.FindTopic(clause.Topic)?.Name[language] ?? clause.Topic;

    public string Phase(Clause clause) => clause.Phase.Display(language);

    public string Categories(Clause clause) => clause.AppliesToAllCategories
        ? (language == Language.German ? "alle" : "all")
        : string.Join(", ", clause.Categories.Select(id => catalog.FindCategory(id)?.Name[language] ?? id));

    public string Goals(Clause clause) => string.Join(", ", clause.Goals.Select(g => g.Display(language)));

    public string FromLevel(Clause clause) => clause.FromLevel.Display(language);

    public string Conditions(Clause clause) =>
        string.Join("; ", clause.When.Select(w => $"{w.Key} = {YesNo(w.Value)}"));

    /// <summary>
    /// The clause file inside the catalog ("clauses/logging/LOG-03.md"), not where the catalog lay on the machine
    /// that printed the document.
    /// </summary>
    public static string FileInCatalog(Clause clause)
    {
        var file = clause.Source.File.Replace('\\', '/');
        var at = file.LastIndexOf("clauses/", StringComparison.Ordinal);
        return at < 0 ? file : file[at..];
    }

    public static string Deployment(Clause clause) => string.Join(", ", clause.Deployment);

    /// <summary>The obligation at a level; below the clause's from-level it does not apply.</summary>
    public string Obligation(Clause clause, Level level) =>
        level < clause.FromLevel ? Labels.NotYet : clause.ObligationAt(level).Display(language);

    public string Default(Parameter parameter, Level level) =>
        parameter.DefaultFor(level) is { } value ? Quantity(parameter, value) : None;

    /// <summary>Minimum and maximum of a parameter, e.g. "mindestens 5 Jahre".</summary>
    public string Bounds(Parameter parameter)
    {
        var parts = new List<string>();
        if (parameter.Min is { } min)
        {
            parts.Add($"{Labels.Minimum} {Quantity(parameter, min.ToString(CultureInfo.InvariantCulture))}");
        }

        if (parameter.Max is { } max)
        {
            parts.Add($"{Labels.Maximum} {Quantity(parameter, max.ToString(CultureInfo.InvariantCulture))}");
        }

        return parts.Count == 0 ? None : string.Join(", ", parts);
    }

    /// <summary>All of a parameter on one line, as the redline compares it: "normal 5 Jahre · hoch 7 Jahre · ... · Mindestwert 5 Jahre".</summary>
    public string ParameterLine(Parameter parameter) => string.Join(" · ",
        Levels.All.Select(l => $"{l.Display(language)} {Default(parameter, l)}").Append(Bounds(parameter)));

    public string Scoring(Clause clause) => clause.Scoring is { } s && clause.FindParameter(s.Parameter) is { } p
        ? $"{p.Display(language)}: {(language == Language.German ? "volle Punktzahl ab" : "full points from")} {Quantity(p, s.FullAt.ToString(CultureInfo.InvariantCulture))}"
        : string.Empty;

    public string Verification(Clause clause) => string.Join(", ", clause.Verification.Select(Labels.VerificationName));

    /// <summary>The standards the clause cites, each as the document's language cites it ("CRA Anhang VII").</summary>
    public string References(Clause clause) => string.Join("; ", clause.References.Select(r => ReferenceDisplay.Format(catalog, r, language)));

    private string Quantity(Parameter parameter, string value) => QuantityFormatter.Format(value, parameter.Unit, language);

    private string YesNo(bool value) => (value, language) switch
    {
        (true, Language.German) => "ja",
        (false, Language.German) => "nein",
        (true, _) => "yes",
        _ => "no",
    };
}
