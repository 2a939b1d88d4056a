using System.Text;
using ProcurementKit.Catalog;

namespace ProcurementKit.Selection;

/// <summary>The plain-text decision table `explain` prints: id, included?, obligation, lots, reason.</summary>
public static class DecisionTable
{
    public static string Render(TenderSelection selection, Language language)
    {
        var de = language == Language.German;
        var rows = new List<string[]>
        {
            de ? ["Nr.", "ID", "Aufgenommen", "Art", "Lose", "Begründung"] : ["No.", "ID", "Included", "Type", "Lots", "Reason"],
        };
        foreach (var r in selection.Requirements)
        {
            rows.Add([r.Number, r.Id, de ? "ja" : "yes", r.Obligation.ToString(), string.Join(",", r.Lots), r.Reason[language]]);
        }

        foreach (var e in selection.Excluded)
        {
            rows.Add(["-", e.Id, de ? "nein" : "no", "-", "-", e.Reason[language]]);
        }

        var widths = Enumerable.Range(0, 5).Select(i => rows.Max(r => r[i].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            for (var i = 0; i < 5; i++)
            {
                text.Append(row[i].PadRight(widths[i])).Append("  ");
            }

            text.Append(row[5]).Append('\n');
        }

        var a = selection.KnockOut.Count();
        var b = selection.Scored.Count();
        text.Append('\n').Append(de
            ? $"{selection.Requirements.Count} Anforderungen ausgewählt ({a} A, {b} B), {selection.Excluded.Count} Klauseln nicht ausgewählt.\n"
            : $"{selection.Requirements.Count} requirements selected ({a} A, {b} B), {selection.Excluded.Count} clauses not selected.\n");
        return text.ToString();
    }
}
