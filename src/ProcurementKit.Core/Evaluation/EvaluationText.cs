using System.Globalization;
using ProcurementKit.Catalog;

namespace ProcurementKit.Evaluation;

/// <summary>Words for evaluation results shared by workbook, report and console: point sources, points, status.</summary>
public static class EvaluationText
{
    public static string Source(PointSource source, Language language)
    {
        var labels = EvaluationLabels.For(language);
        return source switch
        {
            PointSource.Answer => labels.SourceAnswer,
            PointSource.Formula => labels.SourceFormula,
            PointSource.Evaluator => labels.SourceEvaluator,
            _ => labels.SourcePending,
        };
    }

    /// <summary>"7,5" / "7.5"; at most two decimals, as the matrix shows them.</summary>
    public static string Number(decimal value, Language language) => value.ToString("0.##", language.Culture());

    public static string Money(decimal value, Language language) => value.ToString("#,##0.00", language.Culture());

    /// <summary>Z shown as performance points per 1,000 EUR (L / P has many leading zeros); the exact value stays in evaluation.json.</summary>
    public static string Ratio(decimal value, Language language) => (value * 1000).ToString("0.000", language.Culture());

    public static string Status(EvaluationResult result, Language language)
    {
        var pending = result.PendingCount.ToString(CultureInfo.InvariantCulture);
        var labels = EvaluationLabels.For(language);
        return result.IsProvisional ? labels.Provisional(pending) : labels.Final;
    }

    public static string TieNote(LotEvaluation lot, bool named, Language language)
    {
        var names = string.Join(", ", lot.Ranking.Winners.Select(w => w.Figures.Bidder));
        var labels = EvaluationLabels.For(language);
        var where = named ? labels.LotPrefix(lot.Lot.Id) : string.Empty;
        return where + labels.Tie(names);
    }
}
