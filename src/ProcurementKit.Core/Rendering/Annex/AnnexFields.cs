using ProcurementKit.Tenders;
using System.Globalization;
using ProcurementKit.Catalog;
using ProcurementKit.Selection;
using ProcurementKit.Text;

namespace ProcurementKit.Rendering.Annex;

/// <summary>
/// The value of a template placeholder: data (the tender's own words, figures), which is always put in as
/// literal text, or a phrase of ours that carries its own Markdown emphasis.
/// </summary>
internal readonly record struct AnnexField(string Value, bool IsMarkdown = false)
{
    /// <summary>The value as Markdown: data escaped so it can never become markup.</summary>
    public string Markdown => IsMarkdown ? Value : MarkdownEscape.Text(Value, mayStartLine: true);

    /// <summary>The value as plain text (for headings, which are not parsed again).</summary>
    public string Plain => IsMarkdown ? Markdig.Markdown.ToPlainText(Value).Trim() : Value;
}

/// <summary>The values of the template placeholders for one tender.</summary>
internal static class AnnexFields
{
    public static IReadOnlyDictionary<string, AnnexField> For(TenderSelection selection, Language language, AnnexLabels labels)
    {
        var tender = selection.Tender;
        var catalog = selection.Catalog;
        var culture = language.Culture();
        var evaluation = tender.Evaluation;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["authority"] = tender.Authority,
            ["title"] = tender.Title,
            ["reference"] = tender.Reference,
            ["date"] = DateText.Long(tender.Date, language),
            ["description"] = tender.Description,
            ["catalogName"] = catalog.Info.Name[language],
            ["catalogVersion"] = catalog.Info.Version,
            ["catalogHash"] = catalog.ShortHash,
            ["lotCount"] = tender.Lots.Count.ToString(culture),
            ["requirementCount"] = selection.Requirements.Count.ToString(culture),
            ["knockOutCount"] = selection.KnockOut.Count().ToString(culture),
            ["scoredCount"] = selection.Scored.Count().ToString(culture),
            ["maxPoints"] = evaluation.MaxPoints.ToString(culture),
            ["maxPerformancePoints"] = MaxPerformancePoints(selection, labels, culture),
            ["fluctuationPercent"] = QuantityFormatter.Format(evaluation.FluctuationPercent.ToString(CultureInfo.InvariantCulture), "percent", language),
        };
        var result = fields.ToDictionary(f => f.Key, f => new AnnexField(f.Value), StringComparer.Ordinal);

        // The tie-breaker phrase is ours and carries its own emphasis.
        result["tieBreaker"] = new AnnexField(evaluation.TieBreaker == TieBreaker.Price ? labels.TieBreakerPrice : labels.TieBreakerPerformance, IsMarkdown: true);
        return result;
    }

    /// <summary>
    /// The highest performance points L: one figure for one lot; per lot otherwise ("120 (Los 1), 200 (Los 2)"),
    /// because lots are awarded separately and a sum over lots would promise points no offer can reach.
    /// </summary>
    private static string MaxPerformancePoints(TenderSelection selection, AnnexLabels labels, CultureInfo culture)
    {
        var max = selection.Tender.Evaluation.MaxPoints;
        string Of(IEnumerable<SelectedRequirement> requirements) =>
            (max * requirements.Where(r => !r.Obligation.IsKnockOut).Sum(r => r.Obligation.Weight)).ToString("N0", culture);

        var lots = selection.Tender.Lots;
        return lots.Count == 1
            ? Of(selection.Requirements)
            : string.Join(", ", lots.Select(lot => string.Format(culture, labels.PointsOfLot, Of(selection.ForLot(lot.Id)), lot.Id)));
    }
}
