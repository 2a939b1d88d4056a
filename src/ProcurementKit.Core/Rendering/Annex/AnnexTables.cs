using ProcurementKit.Evaluation.Methods;
using System.Globalization;
using ProcurementKit.Catalog;
using ProcurementKit.Selection;
using ProcurementKit.Tenders;
using ProcurementKit.Text;

namespace ProcurementKit.Rendering.Annex;

/// <summary>The generated tables of the annex: tender facts, lots, protection needs, criteria, references.</summary>
internal sealed class AnnexTables(TenderSelection selection, Language language, AnnexLabels labels)
{
    private readonly Tender _tender = selection.Tender;
    private readonly CultureInfo _culture = language.Culture();

    /// <summary>The anchor of a requirement heading; links from the evaluation tables point here.</summary>
    public static string Anchor(SelectedRequirement requirement) => $"req-{requirement.Id}";

    public AnnexTable TitleBlock()
    {
        var catalog = selection.Catalog;
        var rows = new List<IReadOnlyList<AnnexCell>>
        {
            Pair(labels.Authority, _tender.Authority),
            Pair(labels.Reference, _tender.Reference),
            Pair(labels.Date, DateText.Long(_tender.Date, language)),
            Pair(labels.Catalog, string.Format(_culture, labels.CatalogLine, catalog.Info.Name[language], catalog.Info.Version, catalog.ShortHash)),
            Pair(labels.Requirements, string.Format(_culture, labels.RequirementsLine, selection.Requirements.Count, selection.KnockOut.Count(), selection.Scored.Count())),
            Pair(labels.Method, AwardMethods.For(_tender.Evaluation).Name[language]),
        };
        return new AnnexTable([new(string.Empty, 2), new(string.Empty, 5)], rows, KeyValue: true);
    }

    public AnnexTable Lots() => new(
        [new(labels.Lot, 2), new(labels.LotTitle, 10), new(labels.Categories, 9), new(labels.Deployment, 5)],
        [.. _tender.Lots.Select(lot => Row(
            lot.Id,
            lot.Title,
            string.Join(", ", lot.Categories.Select(c => selection.Catalog.FindCategory(c)?.Name[language] ?? c)),
            lot.Deployment is null ? labels.None : DeploymentName(lot.Deployment)))]);

    /// <summary>For several lots an overview (lot x goal) first; then per goal the level and reason, per group of lots that share them.</summary>
    public IEnumerable<AnnexBlock> ProtectionNeeds()
    {
        var multiLot = _tender.Lots.Count > 1;
        if (multiLot)
        {
            yield return new AnnexTable(
                [new(labels.Lot, 3), .. ProtectionGoals.All.Select(g => new AnnexColumn(Capitalised(g.Display(language)), 3))],
                [.. _tender.Lots.Select(lot => (IReadOnlyList<AnnexCell>)
                    [(AnnexCell)$"{lot.Id} – {lot.Title}", .. ProtectionGoals.All.Select(g => (AnnexCell)_tender.NeedOf(lot, g).Level.Display(language))])]);
        }

        var rows = new List<IReadOnlyList<AnnexCell>>();
        foreach (var goal in ProtectionGoals.All)
        {
            foreach (var group in _tender.Lots.GroupBy(lot => _tender.NeedOf(lot, goal)))
            {
                var lots = group.Select(l => l.Id).ToList();
                var scope = lots.Count == _tender.Lots.Count ? labels.AllLots : labels.LotList(lots);
                AnnexCell[] row = multiLot
                    ? [AnnexCell.Bold(Capitalised(goal.Display(language))), scope, group.Key.Level.Display(language), group.Key.Reason]
                    : [AnnexCell.Bold(Capitalised(goal.Display(language))), group.Key.Level.Display(language), group.Key.Reason];
                rows.Add(row);
            }
        }

        yield return new AnnexTable(
            multiLot
                ? [new(labels.Goal, 3), new(labels.AppliesTo, 2), new(labels.Level, 3), new(labels.Reason, 10)]
                : [new(labels.Goal, 3), new(labels.Level, 3), new(labels.Reason, 12)],
            rows);
    }

    /// <summary>
    /// Every B criterion with weight, highest score and how it is scored, and a total row. With several lots a
    /// column names the lots a criterion is scored in, and each lot gets its own total: lots are evaluated apart.
    /// </summary>
    public AnnexTable Criteria()
    {
        var max = _tender.Evaluation.MaxPoints;
        var multiLot = _tender.Lots.Count > 1;
        var rows = new List<IReadOnlyList<AnnexCell>>();
        foreach (var r in selection.Scored)
        {
            List<AnnexCell> row = [AnnexCell.Link(r.Number, Anchor(r)), r.Id, r.Title[language]];
            if (multiLot)
            {
                row.Add(r.Lots.Count == _tender.Lots.Count ? labels.AllLots : labels.LotList(r.Lots));
            }

            rows.Add([.. row, Number(r.Obligation.Weight), Number(r.Obligation.Weight * max), LinearScoring(r) ?? labels.Qualitative]);
        }

        if (multiLot)
        {
            foreach (var lot in _tender.Lots)
            {
                var weights = selection.ForLot(lot.Id).Where(r => !r.Obligation.IsKnockOut).Sum(r => r.Obligation.Weight);
                rows.Add([string.Empty, string.Empty, AnnexCell.Bold($"{labels.Sum} {labels.LotList([lot.Id])}"), string.Empty,
                    AnnexCell.Bold(Number(weights)), AnnexCell.Bold(Number(weights * max)), string.Empty]);
            }

            return new AnnexTable(
                [new(labels.Number, 2), new(labels.Id, 3), new(labels.Requirement, 9), new(labels.Lot, 2), new(labels.Weight, 3, true), new(labels.MaxPoints, 3, true), new(labels.Scoring, 7)],
                rows);
        }

        var total = selection.Scored.Sum(r => r.Obligation.Weight);
        rows.Add([string.Empty, string.Empty, AnnexCell.Bold(labels.Sum), AnnexCell.Bold(Number(total)), AnnexCell.Bold(Number(total * max)), string.Empty]);
        return new AnnexTable(
            [new(labels.Number, 2), new(labels.Id, 3), new(labels.Requirement, 11), new(labels.Weight, 3, true), new(labels.MaxPoints, 3, true), new(labels.Scoring, 7)],
            rows);
    }

    /// <summary>The published steps of the qualitative scale, highest first, with what each means.</summary>
    public AnnexTable Scale() => new(
        [new(labels.Points, 2, true), new(labels.Meaning, 20)],
        [.. selection.Scale.Steps.OrderByDescending(s => s.Points).Select(s => (IReadOnlyList<AnnexCell>)
            [AnnexCell.Bold(s.Points.ToString("0.##", _culture)), s.Meaning[language]])]);

    /// <summary>Every A criterion, linked to its requirement.</summary>
    public AnnexTable KnockOut() => new(
        [new(labels.Number, 2), new(labels.Id, 3), new(labels.Requirement, 20)],
        [.. selection.KnockOut.Select(r => (IReadOnlyList<AnnexCell>)[AnnexCell.Link(r.Number, Anchor(r)), r.Id, r.Title[language]])]);

    /// <summary>Each requirement with the standards it implements, one reference per line.</summary>
    public AnnexTable References() => new(
        [new(labels.Number, 2), new(labels.Id, 3), new(labels.Requirement, 9), new(labels.StandardReferences, 11)],
        [.. selection.Requirements.Select(r => (IReadOnlyList<AnnexCell>)
        [
            AnnexCell.Link(r.Number, Anchor(r)), r.Id, r.Title[language],
            r.Clause.References.Count == 0 ? labels.None : string.Join("\n", r.Clause.References.Select(x => ReferenceDisplay.Format(selection.Catalog, x, language))),
        ])]);

    /// <summary>
    /// "linear: 5 Jahre = 0 Punkte; 12 Jahre oder mehr = 10 Punkte" for quantitative B criteria ("… oder weniger"
    /// where a lower value is better), else null.
    /// </summary>
    public string? LinearScoring(SelectedRequirement requirement)
    {
        if (requirement.Obligation.IsKnockOut || requirement.Clause.Scoring is not { } scoring || requirement.Parameter(scoring.Parameter) is not { } parameter)
        {
            return null;
        }

        var full = QuantityFormatter.Format(scoring.FullAt.ToString(CultureInfo.InvariantCulture), parameter.Unit, language);
        return string.Format(_culture, scoring.LowerIsBetter ? labels.LinearLower : labels.Linear, parameter.Display[language], full, _tender.Evaluation.MaxPoints);
    }

    private string Number(int value) => value.ToString(_culture);

    private static IReadOnlyList<AnnexCell> Pair(string label, string value) => [AnnexCell.Bold(label), value];

    private static IReadOnlyList<AnnexCell> Row(params string[] texts) => [.. texts.Select(t => (AnnexCell)t)];

    private static string DeploymentName(string deployment) => deployment switch
    {
        "on-premises" => "On-Premises",
        "cloud" => "Cloud",
        "hybrid" => "Hybrid",
        _ => deployment,
    };

    private string Capitalised(string text) => text.Length == 0 ? text : char.ToUpper(text[0], _culture) + text[1..];
}
