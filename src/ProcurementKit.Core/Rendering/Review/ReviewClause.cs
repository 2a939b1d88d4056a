using DocumentFormat.OpenXml;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Word;
using ProcurementKit.Rendering.Word.Markdown;

namespace ProcurementKit.Rendering.Review;

/// <summary>
/// One clause in the review document: heading, a table of what decides its use (status, approval, scope),
/// a table of obligation and parameter defaults per level, the text (parameters shown in place by their labels),
/// the evidence, the rationale, and the reviewer's decision field.
/// </summary>
internal sealed class ReviewClause(WordDocument document, ClauseDisplay display, bool bothLanguages, ReviewDecision decision)
{
    private static readonly WordMarkdownOptions s_body = new() { HeadingShift = 2 };

    private ReviewLabels Labels => display.Labels;

    private Language Language => display.Language;

    public void Compose(Clause clause)
    {
        document.Heading(2, $"{clause.Id} {display.Parameters.FillPlain(clause, clause.Title[Language])}", $"clause-{clause.Id}");
        document.Paragraph($"{Labels.Version} {clause.Version} · {display.Status(clause)} · {display.Phase(clause)}", WordStyleIds.Meta);
        ComposeFacts(clause);
        ComposeLevels(clause);
        if (bothLanguages)
        {
            ComposeSideBySide(clause);
        }
        else
        {
            document.Markdown(display.Parameters.FillMarkdown(clause, clause.Text(Language).Body), s_body);
        }

        ComposeNotes(clause);
        decision.Compose(clause);
    }

    private void ComposeFacts(Clause clause)
    {
        var rows = new List<(string Label, string Value)>
        {
            (Labels.Status, display.Status(clause)),
            (Labels.Approval, display.Approval(clause)),
            (Labels.LegalNote, display.LegalNote(clause)),
            (Labels.Categories, display.Categories(clause)),
            (Labels.Goals, display.Goals(clause)),
            (Labels.FromLevel, display.FromLevel(clause)),
            (Labels.Conditions, display.Conditions(clause)),
            (Labels.Deployment, ClauseDisplay.Deployment(clause)),
            (Labels.Replaces, clause.Replaces ?? string.Empty),
            (Labels.Scoring, display.Scoring(clause)),
            (Labels.Verification, display.Verification(clause)),
            (Labels.References, display.References(clause)),
            (Labels.Source, ClauseDisplay.FileInCatalog(clause)),
        };
        var table = new WordTable(WordStyleIds.KeyValueTable, 2, 5);
        foreach (var (label, value) in rows.Where(r => r.Value.Length > 0))
        {
            table.Row(WordTable.Cell(label, bold: true), WordTable.Cell(value));
        }

        document.Table(table);
    }

    /// <summary>Obligation and parameter defaults side by side per level, so a reviewer sees how the clause tightens.</summary>
    private void ComposeLevels(Clause clause)
    {
        var table = new WordTable(3, 2, 2, 2).Header([string.Empty, .. Levels.All.Select(l => l.Display(Language))]);
        table.Row([Labels.Obligation, .. Levels.All.Select(l => display.Obligation(clause, l))]);
        foreach (var parameter in clause.Parameters)
        {
            var bounds = display.Bounds(parameter);
            table.Row([$"{parameter.Display(Language)} ({bounds})", .. Levels.All.Select(l => display.Default(parameter, l))]);
        }

        document.Table(table);
    }

    private void ComposeSideBySide(Clause clause)
    {
        var (de, en) = (new ParameterDisplay(Language.German), new ParameterDisplay(Language.English));
        var table = new WordTable(1, 1).Header(Labels.GermanText, Labels.EnglishText);
        table.Row(
            WordTable.Cell(de.FillPlain(clause, clause.German.Title), bold: true),
            WordTable.Cell(en.FillPlain(clause, clause.English.Title), bold: true));
        foreach (var (german, english) in MarkdownSlices.Pair(de.FillMarkdown(clause, clause.German.Body), en.FillMarkdown(clause, clause.English.Body)))
        {
            table.Row(Cell(german), Cell(english));
        }

        document.Table(table);
    }

    private DocumentFormat.OpenXml.Wordprocessing.TableCell Cell(string markdown) =>
        WordTable.Cell([.. document.MarkdownBlocks(markdown, s_body with { ParagraphStyle = WordStyleIds.TableText })]);

    private void ComposeNotes(Clause clause)
    {
        foreach (var language in bothLanguages ? [Language.German, Language.English] : new[] { Language })
        {
            var suffix = bothLanguages ? $" ({language.Code()})" : string.Empty;
            Labelled($"{Labels.Evidence}{suffix}: ", clause.Evidence[language], WordStyleIds.Note);
        }

        foreach (var language in bothLanguages ? [Language.German, Language.English] : new[] { Language })
        {
            var suffix = bothLanguages ? $" ({language.Code()})" : string.Empty;
            Labelled($"{Labels.Rationale}{suffix}: ", clause.Rationale[language], null);
        }
    }

    private void Labelled(string label, string text, string? style)
    {
        if (text.Length > 0)
        {
            document.Append(WordText.ParagraphOf(style, WordText.Run(label, bold: true), WordText.Run(text)));
        }
    }
}
