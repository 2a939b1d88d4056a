using System.Text;
using ProcurementKit.Catalog;

namespace ProcurementKit.Review;

/// <summary>The plain-text summary `diff` prints: both releases, the counts, then one line per changed clause.</summary>
public static class CatalogDiffText
{
    public static string Render(CatalogDiff diff, Language language)
    {
        var de = language == Language.German;
        var s = diff.Summary;
        var text = new StringBuilder();
        text.Append($"{diff.OldLabel} {diff.Old.Info.Version} ({diff.Old.ShortHash}) -> {diff.NewLabel} {diff.New.Info.Version} ({diff.New.ShortHash})\n");
        text.Append(de
            ? $"{s.Added} neu, {s.Removed} entfernt, {s.Changed} geändert ({s.StatusChanges} Status, {s.ObligationChanges} Verpflichtung, {s.Moved} verschoben, {s.Retired} zurückgezogen), {s.Unchanged} unverändert\n"
            : $"{s.Added} added, {s.Removed} removed, {s.Changed} changed ({s.StatusChanges} status, {s.ObligationChanges} obligation, {s.Moved} moved, {s.Retired} retired), {s.Unchanged} unchanged\n");
        if (diff.Changes.Count == 0)
        {
            return text.ToString();
        }

        text.Append('\n');
        var idWidth = diff.Changes.Max(c => c.Id.Length);
        foreach (var change in diff.Changes)
        {
            text.Append(Mark(change.Kind)).Append(' ').Append(change.Id.PadRight(idWidth)).Append("  ")
                .Append(change.Current.Title[language]).Append("\n    ").Append(Details(change, de)).Append('\n');
        }

        return text.ToString();
    }

    private static char Mark(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => '+',
        ChangeKind.Removed => '-',
        _ => '~',
    };

    private static string Details(ClauseChange change, bool de)
    {
        if (change.Kind != ChangeKind.Changed)
        {
            return change.Kind == ChangeKind.Added ? (de ? "neu" : "added") : (de ? "entfernt – besser zurückziehen (status: retired)" : "removed – retire it instead (status: retired)");
        }

        // Short values (status, obligation, parameter defaults) are shown old -> new; texts only by name.
        var fields = change.Fields.Select(f => f.Kind == FieldKind.Text || (f.Old ?? f.New ?? string.Empty).Length > 40 || (f.New ?? string.Empty).Length > 40
            ? f.Key
            : $"{f.Key} {f.Old ?? "-"} -> {f.New ?? "-"}");
        var line = string.Join("; ", fields);
        return change.VersionNotRaised
            ? line + (de ? "  [Version nicht erhöht]" : "  [version not raised]")
            : line;
    }
}
