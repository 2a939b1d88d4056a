namespace ProcurementKit.Catalog;

/// <summary>A text in German and English; English falls back to German when missing.</summary>
public sealed record LocalizedText(string De, string En)
{
    public static readonly LocalizedText Empty = new(string.Empty, string.Empty);

    public string this[Language language] =>
        language == Language.English && En.Length > 0 ? En : De;

    public static LocalizedText Same(string text) => new(text, text);

    public LocalizedText Map(Func<string, Language, string> map) =>
        new(map(De, Language.German), map(En, Language.English));
}
