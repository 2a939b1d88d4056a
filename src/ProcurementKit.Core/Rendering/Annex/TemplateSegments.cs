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
/// Fills the value placeholders of a template and splits it at headings and block placeholders, so the
/// annex can number the headings and put generated tables where the template says.
/// </summary>
internal static partial class TemplateSegments
{
    public static IReadOnlyList<TemplateSegment> Split(string template, IReadOnlyDictionary<string, string> fields)
    {
        var text = Placeholders.Fill(template.Replace("\r\n", "\n", StringComparison.Ordinal), name => fields.GetValueOrDefault(name));
        var document = Markdig.Markdown.Parse(text, WordMarkdownRenderer.Pipeline);
        var segments = new List<TemplateSegment>();
        var from = 0;
        foreach (var block in document)
        {
            var segment = block switch
            {
                HeadingBlock heading => new HeadingSegment(heading.Level, HeadingRenderer.PlainText(heading.Inline)),
                ParagraphBlock paragraph when BlockName(text, paragraph) is { } name => new BlockSegment(name),
                _ => (TemplateSegment?)null,
            };
            if (segment is null)
            {
                continue;
            }

            AddMarkdown(segments, text[from..block.Span.Start]);
            segments.Add(segment);
            from = Math.Min(text.Length, block.Span.End + 1);
        }

        AddMarkdown(segments, text[from..]);
        return segments;
    }

    private static string? BlockName(string text, ParagraphBlock paragraph)
    {
        var match = BlockPattern().Match(text[paragraph.Span.Start..(paragraph.Span.End + 1)]);
        return match.Success && AnnexTemplates.Blocks.Contains(match.Groups[1].Value) ? match.Groups[1].Value : null;
    }

    private static void AddMarkdown(List<TemplateSegment> segments, string markdown)
    {
        if (!string.IsNullOrWhiteSpace(markdown))
        {
            segments.Add(new MarkdownSegment(markdown.Trim('\n')));
        }
    }

    [GeneratedRegex(@"^\s*\{\{\s*([a-z-]+)\s*\}\}\s*$")]
    private static partial Regex BlockPattern();
}
