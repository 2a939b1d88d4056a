using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Word;
using ProcurementKit.Review;

namespace ProcurementKit.Rendering.Review;

/// <summary>
/// One changed clause in the redline: heading, a line saying what changed, a table of its fields and then its
/// texts, every difference as a tracked change. Added clauses are inserted whole, removed ones deleted whole.
/// </summary>
internal sealed class RedlineClause(WordDocument document, ClauseDisplay before, ClauseDisplay after, WordRevisions revisions)
{
    private ReviewLabels Labels => after.Labels;

    public static string Anchor(ClauseChange change) => $"clause-{change.Id}";

    public void Compose(ClauseChange change)
    {
        document.Heading(2, $"{change.Id} {change.Current.Title[after.Language]}", Anchor(change));
        document.Paragraph(Summary(change), WordStyleIds.Meta);
        ComposeFields(change);
        ComposeText(change, Language.German, c => c.German.Body);
        ComposeText(change, Language.English, c => c.English.Body);
    }

    public string Summary(ClauseChange change)
    {
        var kind = change.Kind switch
        {
            ChangeKind.Added => Labels.Added,
            ChangeKind.Removed => $"{Labels.Removed} – {Labels.RetireInstead}",
            _ => change.Retired ? Labels.Retired : Labels.Changed,
        };
        var details = change.Kind == ChangeKind.Changed ? $": {RedlineFields.Describe(change, Labels)}" : string.Empty;
        var version = change.VersionNotRaised ? $" ({Labels.VersionNotRaised})" : string.Empty;
        return kind + details + version;
    }

    private void ComposeFields(ClauseChange change)
    {
        var table = new WordTable(WordStyleIds.KeyValueTable, 2, 5);
        foreach (var row in RedlineFields.Rows(change, Labels))
        {
            var old = change.Old is { } o ? Blank(row.Value(before, o)) : null;
            var @new = change.New is { } n ? Blank(row.Value(after, n)) : null;
            // A changed clause shows what changed (and what identifies it); added and removed ones show everything.
            if ((old is null && @new is null) || (change.Kind == ChangeKind.Changed && old == @new && !row.Always))
            {
                continue;
            }

            table.Row(WordTable.Cell(row.Label, bold: true), TrackedText.Cell(old, @new, revisions));
            var added = table.ToTable().Elements<TableRow>().Last();
            if (change.Kind == ChangeKind.Added)
            {
                revisions.MarkInserted(added);
            }
            else if (change.Kind == ChangeKind.Removed)
            {
                revisions.MarkDeleted(added);
            }
        }

        document.Table(table);
    }

    private void ComposeText(ClauseChange change, Language language, Func<Clause, string> body)
    {
        var old = change.Old is { } o ? ClauseLines.Of(body(o)) : string.Empty;
        var @new = change.New is { } n ? ClauseLines.Of(body(n)) : string.Empty;
        var heading = $"{Labels.Text} ({(language == Language.German ? Labels.GermanText : Labels.EnglishText)})";
        if (old == @new)
        {
            if (change.Field($"text.{language.Code()}") is not null)
            {
                document.Paragraph($"{heading}: {Labels.FormattingOnly}", WordStyleIds.Meta);
            }

            return;
        }

        document.Heading(3, heading);
        foreach (var paragraph in TrackedText.Paragraphs(WordDiff.Compute(old, @new), revisions, style: null))
        {
            document.Append(paragraph);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
