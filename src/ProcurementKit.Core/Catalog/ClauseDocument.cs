using System.Text.RegularExpressions;

namespace ProcurementKit.Catalog;

/// <summary>A clause file split into its front matter and its German and English sections, with line numbers.</summary>
internal sealed partial record ClauseDocument(
    string FrontMatter,
    int FrontMatterLine,
    ClauseSection? German,
    ClauseSection? English,
    int BodyLine)
{
    /// <summary>Splits the file; null when it has no front matter between two '---' lines.</summary>
    public static ClauseDocument? Split(string content)
    {
        var lines = content.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return null;
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (close < 0)
        {
            return null;
        }

        var frontMatter = string.Join('\n', lines, 1, close - 1);
        var sections = new Dictionary<string, (int Start, int End)>();
        string? current = null;
        for (var i = close + 1; i < lines.Length; i++)
        {
            // Most lines are text; only a line starting with '#' can be a language heading.
            var match = lines[i].StartsWith('#') ? LanguageHeading().Match(lines[i]) : Match.Empty;
            if (match.Success)
            {
                if (current is not null)
                {
                    sections[current] = (sections[current].Start, i);
                }

                current = match.Groups[1].Value;
                sections[current] = (i + 1, lines.Length);
            }
        }

        return new ClauseDocument(
            frontMatter,
            1,
            Section(lines, sections, "de"),
            Section(lines, sections, "en"),
            close + 2);
    }

    private static ClauseSection? Section(string[] lines, Dictionary<string, (int Start, int End)> sections, string code)
    {
        if (!sections.TryGetValue(code, out var range))
        {
            return null;
        }

        // range indexes are 0-based line indexes; SourceLine is 1-based.
        var first = range.Start;
        while (first < range.End && string.IsNullOrWhiteSpace(lines[first]))
        {
            first++;
        }

        var headingLine = first + 1;
        var title = string.Empty;
        if (first < range.End && lines[first].StartsWith("## ", StringComparison.Ordinal))
        {
            title = lines[first][3..].Trim();
            first++;
        }

        var body = string.Join('\n', lines, first, range.End - first).Trim('\n', ' ');
        var bodyStart = first;
        while (bodyStart < range.End && string.IsNullOrWhiteSpace(lines[bodyStart]))
        {
            bodyStart++;
        }

        return new ClauseSection(code, title, body, range.Start, headingLine, bodyStart + 1);
    }

    [GeneratedRegex(@"^#\s+(de|en)\s*$")]
    private static partial Regex LanguageHeading();
}

/// <summary>One language section of a clause body; lines are 1-based.</summary>
internal sealed record ClauseSection(string Language, string Title, string Body, int SectionLine, int TitleLine, int BodyLine);
