using System.Text;
using ProcurementKit.Catalog;

namespace ProcurementKit.Selection;

/// <summary>The plain-text decision table `explain` prints: id, included?, obligation, lots, reason.</summary>
public static class DecisionTable
{
    public static string Render(TenderSelection selection, Language language)
    {
        var labels = ReasonLabels.For(language);
        var rows = new List<string[]>
        {
            labels.TableHeaders.ToArray(),
        };
        foreach (var r in selection.Requirements)
        {
            rows.Add([r.Number, r.Id, labels.Yes, r.Obligation.ToString(), string.Join(",", r.Lots), r.Reason[language]]);
        }

        foreach (var e in selection.Excluded)
        {
            rows.Add(["-", e.Id, labels.No, "-", "-", e.Reason[language]]);
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
        text.Append('\n').Append(labels.Summary(selection.Requirements.Count, a, b, selection.Excluded.Count));
        return text.ToString();
    }
}
