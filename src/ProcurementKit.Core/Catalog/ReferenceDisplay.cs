using System.Text.RegularExpressions;

namespace ProcurementKit.Catalog;

/// <summary>
/// A standard reference as a document in one language cites it: "CRA Anhang I Teil II Nr. 2" in German,
/// "CRA Annex I Part II 2" in English. A registered item's <c>display</c> names come first; an article of an EU
/// act that no registry lists ("NIS2 Art. 21(2)(d)") is written the German way ("Art. 21 Abs. 2 Buchst. d");
/// every other item (ETSI, NIST, ISO, Grundschutz) stays as published.
/// </summary>
public static partial class ReferenceDisplay
{
    public static string Format(RequirementsCatalog catalog, Reference reference, Language language)
    {
        if (catalog.FindStandard(reference.Standard)?.Find(reference.Item)?.Display is { } display)
        {
            return $"{reference.Standard} {display[language]}";
        }

        return language == Language.German && Article().Match(reference.Item) is { Success: true } article
            ? $"{reference.Standard} {GermanArticle(article)}"
            : reference.ToString();
    }

    /// <summary>"Art. 21(2)(d)" → "Art. 21 Abs. 2 Buchst. d": paragraph numbers become "Abs.", letters "Buchst.".</summary>
    private static string GermanArticle(Match article)
    {
        var text = $"Art. {article.Groups["article"].Value}";
        foreach (Capture part in article.Groups["part"].Captures)
        {
            text += char.IsDigit(part.Value[0]) ? $" Abs. {part.Value}" : $" Buchst. {part.Value}";
        }

        return text;
    }

    [GeneratedRegex(@"^Art\. (?<article>\d+[a-z]?)(?:\((?<part>\d+|[a-z]{1,2})\))*$")]
    private static partial Regex Article();
}
