using ProcurementKit.Evaluation.Forms;
using ProcurementKit.Selection;

namespace ProcurementKit.Evaluation;

/// <summary>The evaluation of all returned forms of a tender: one ranking per lot, and the files that could not be read.</summary>
public sealed record EvaluationResult(
    TenderSelection Selection,
    IReadOnlyList<LotEvaluation> Lots,
    IReadOnlyList<RejectedForm> Rejected)
{
    /// <summary>True when any lot's ranking still waits for the evaluator's points.</summary>
    public bool IsProvisional => Lots.Any(l => l.IsProvisional);

    public int PendingCount => Lots.Sum(l => l.PendingCount);

    /// <summary>True for a tender with more than one lot; documents then show a section per lot.</summary>
    public bool HasLots => Selection.Tender.Lots.Count > 1;

    /// <summary>Every evaluated offer of every lot.</summary>
    public IEnumerable<OfferResult> Offers => Lots.SelectMany(l => l.Offers);

    /// <summary>The forms that were evaluated (one per bidder, whatever the number of lots it bids for).</summary>
    public int FormCount => Lots.SelectMany(l => l.Offers).Select(o => o.Response).Distinct().Count();
}
