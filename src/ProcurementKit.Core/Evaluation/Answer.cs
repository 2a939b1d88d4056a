using ProcurementKit.Catalog;

namespace ProcurementKit.Evaluation;

/// <summary>A bidder's answer to one requirement: the three entries of the response form's drop-down.</summary>
public enum Answer
{
    Met,
    PartiallyMet,
    NotMet,
}

/// <summary>The answers' spellings: drop-down labels per language and the keys of evaluation.json.</summary>
public static class Answers
{
    public static readonly IReadOnlyList<Answer> All = [Answer.Met, Answer.PartiallyMet, Answer.NotMet];

    /// <summary>The drop-down text: "erfüllt" / "met".</summary>
    public static string Label(this Answer answer, Language language) => (answer, language) switch
    {
        (Answer.Met, Language.German) => "erfüllt",
        (Answer.PartiallyMet, Language.German) => "teilweise erfüllt",
        (Answer.NotMet, Language.German) => "nicht erfüllt",
        (Answer.Met, _) => "met",
        (Answer.PartiallyMet, _) => "partially met",
        _ => "not met",
    };

    /// <summary>The language-neutral spelling used in evaluation.json.</summary>
    public static string ToKey(this Answer answer) => answer switch
    {
        Answer.Met => "met",
        Answer.PartiallyMet => "partially-met",
        _ => "not-met",
    };

    public static IReadOnlyList<string> Labels(Language language) => [.. All.Select(a => a.Label(language))];

    /// <summary>
    /// Reads a drop-down text in either language, ignoring case and surrounding spaces: a form filled in
    /// on an English Excel is as valid as one filled in on a German one.
    /// </summary>
    public static bool TryParse(string? text, out Answer answer)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        foreach (var candidate in All)
        {
            if (string.Equals(trimmed, candidate.Label(Language.German), StringComparison.OrdinalIgnoreCase)
                || string.Equals(trimmed, candidate.Label(Language.English), StringComparison.OrdinalIgnoreCase))
            {
                answer = candidate;
                return true;
            }
        }

        answer = Answer.NotMet;
        return false;
    }
}
