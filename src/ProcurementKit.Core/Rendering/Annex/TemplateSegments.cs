using System.Text.RegularExpressions;
using Markdig.Syntax;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Word.Markdown;
using ProcurementKit.Rendering.Word.Markdown.Blocks;

namespace ProcurementKit.Rendering.Annex;

/// <summary>A piece of a prose template: a heading, plain Markdown, or a block placeholder.</summary>
internal abstract record TemplateSegment;

internal sealed record HeadingSegment(int Level, string Text) : TemplateSegment;

internal sealed record MarkdownSegment(string Markdown) : TemplateSegment;

internal sealed record BlockSegment(string Name) : TemplateSegment;

/// <summary>
/// Splits a template at headings and block placeholders, so the annex can number the headings and put
/// generated tables where the template says, and only then fills the value placeholders: the structure
/// comes from the template alone, and a value (the tender's own words) is put in as literal text, so it
/// can neither become markup nor name a block placeholder.
/// </summary>
internal static partial class TemplateSegments
{
    public static IReadOnlyList<TemplateSegment> Split(string template, IReadOnlyDictionary<string, AnnexField> fields)
    {
        var text = template.Replace("\r\n", "\n", StringComparison.Ordinal);
        var document = Markdig.Markdown.Parse(text, WordMarkdownRenderer.Pipeline);
        var segments = new List<TemplateSegment>();
        var from = 0;
        foreach (var block in document)
        {
            var segment = block switch
            {
                HeadingBlock heading => new HeadingSegment(heading.Level, Fill(HeadingRenderer.PlainText(heading.Inline), fields, f => f.Plain)),
                ParagraphBlock paragraph when BlockName(text, paragraph) is { } name => new BlockSegment(name),
                _ => (TemplateSegment?)null,
            };
            if (segment is null)
            {
                continue;
            }

            AddMarkdown(segments, text[from..block.Span.Start], fields);
            segments.Add(segment);
            from = Math.Min(text.Length, block.Span.End + 1);
        }

        AddMarkdown(segments, text[from..], fields);
        return segments;
    }

    private static string? BlockName(string text, ParagraphBlock paragraph)
    {
        var match = BlockPattern().Match(text[paragraph.Span.Start..(paragraph.Span.End + 1)]);
        return match.Success && AnnexTemplates.Blocks.Contains(match.Groups[1].Value) ? match.Groups[1].Value : null;
    }

    private static void AddMarkdown(List<TemplateSegment> segments, string markdown, IReadOnlyDictionary<string, AnnexField> fields)
    {
        if (!string.IsNullOrWhiteSpace(markdown))
        {
            segments.Add(new MarkdownSegment(Fill(markdown.Trim('\n'), fields, f => f.Markdown)));
        }
    }

    private static string Fill(string text, IReadOnlyDictionary<string, AnnexField> fields, Func<AnnexField, string> form) =>
        Placeholders.Fill(text, name => fields.TryGetValue(name, out var field) ? form(field) : null);

    [GeneratedRegex(@"^\s*\{\{\s*([a-z-]+)\s*\}\}\s*$")]
    private static partial Regex BlockPattern();
}
