using System.Globalization;
using ProcurementKit.Catalog;
using ProcurementKit.Selection;
using ProcurementKit.Text;

namespace ProcurementKit.Rendering.Annex;

/// <summary>The values of the template placeholders for one tender, escaped for Markdown.</summary>
internal static class AnnexFields
{
    public static IReadOnlyDictionary<string, string> For(TenderSelection selection, Language language, AnnexLabels labels)
    {
        var tender = selection.Tender;
        var catalog = selection.Catalog;
        var culture = language.Culture();
        var evaluation = tender.Evaluation;
        var weights = selection.Scored.Sum(r => r.Obligation.Weight);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["authority"] = tender.Authority,
            ["title"] = tender.Title,
            ["reference"] = tender.Reference,
            ["date"] = FormatDate(tender.Date, labels, culture),
            ["description"] = tender.Description,
            ["catalogName"] = catalog.Info.Name[language],
            ["catalogVersion"] = catalog.Info.Version,
            ["catalogHash"] = catalog.ShortHash,
            ["lotCount"] = tender.Lots.Count.ToString(culture),
            ["requirementCount"] = selection.Requirements.Count.ToString(culture),
            ["knockOutCount"] = selection.KnockOut.Count().ToString(culture),
            ["scoredCount"] = selection.Scored.Count().ToString(culture),
            ["maxPoints"] = evaluation.MaxPoints.ToString(culture),
            ["maxPerformancePoints"] = (evaluation.MaxPoints * weights).ToString("N0", culture),
            ["fluctuationPercent"] = QuantityFormatter.Format(evaluation.FluctuationPercent.ToString(CultureInfo.InvariantCulture), "percent", language),
        };
        var escaped = fields.ToDictionary(f => f.Key, f => MarkdownEscape.Text(f.Value), StringComparer.Ordinal);

        // The tie-breaker phrase is ours and carries its own emphasis.
        escaped["tieBreaker"] = evaluation.TieBreaker == "price" ? labels.TieBreakerPrice : labels.TieBreakerPerformance;
        return escaped;
    }

    /// <summary>"21. September 2026" / "September 21, 2026"; the tender's date, never today's.</summary>
    public static string FormatDate(string isoDate, AnnexLabels labels, CultureInfo culture) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString(labels.DateFormat, culture)
            : isoDate;
}
