using System.Text.RegularExpressions;

namespace ProcurementKit.Catalog;

/// <summary>Finds and fills <c>{{name}}</c> placeholders in clause texts.</summary>
public static partial class Placeholders
{
    /// <summary>Each placeholder name with its 0-based line and column inside the text.</summary>
    public static IEnumerable<(string Name, int Line, int Column)> Find(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match match in Pattern().Matches(lines[i]))
            {
                yield return (match.Groups[1].Value, i, match.Index);
            }
        }
    }

    public static IEnumerable<string> Names(string text) =>
        Pattern().Matches(text).Select(m => m.Groups[1].Value);

    public static string Fill(string text, Func<string, string?> value) =>
        Pattern().Replace(text, m => value(m.Groups[1].Value) ?? m.Value);

    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}")]
    private static partial Regex Pattern();
}
