using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Rendering.Excel;
using ProcurementKit.Rendering.Excel.Matrix;
using ProcurementKit.Selection;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Excel;

/// <summary>
/// Four offers for the managed-operations example (one lot) with hand-picked answers: Alpha meets everything,
/// Beta answers some B criteria partially, Gamma misses a knock-out criterion, Delta offers little. The
/// evaluator scores the claimed qualitative criteria, leaving one of Beta's open.
/// </summary>
internal static class MatrixFixture
{
    public static readonly Lazy<TenderSelection> Selection = new(() => ExampleSelection.For("managed-operations.json"));

    public static IReadOnlyList<BidderResponse> Responses()
    {
        var requirements = Selection.Value.Requirements;
        var scored = requirements.Where(r => !r.Obligation.IsKnockOut).ToList();

        // Gamma misses one knock-out criterion, named by its place among the A criteria so the fixture does not depend on selection order.
        var missed = requirements.Where(r => r.Obligation.IsKnockOut).ElementAt(2);
        RequirementAnswer Reply(SelectedRequirement r, Answer answer, decimal? value = null) => new(r.Id, answer, value, "=HYPERLINK(\"http://x\")", "@evidence");

        decimal? Value(SelectedRequirement r, decimal extra) =>
            QuantitativeScore.For(r) is { } f ? f.Required + extra : null;

        return
        [
            new("Alpha GmbH", "alpha.xlsx", [new LotOffer("1", 210_000m)], [.. requirements.Select(r => Reply(r, Answer.Met, Value(r, 2)))]),
            new("Beta AG", "beta.xlsx", [new LotOffer("1", 190_000m)], [.. requirements.Select(r => Reply(r, !r.Obligation.IsKnockOut && scored.IndexOf(r) % 2 == 0 ? Answer.PartiallyMet : Answer.Met, Value(r, 1)))]),
            new("Gamma KG", "gamma.xlsx", [new LotOffer("1", 120_000m)], [.. requirements.Select(r => Reply(r, r == missed ? Answer.NotMet : Answer.Met))]),
            new("Delta eG", "delta.xlsx", [new LotOffer("1", 150_000m)], [.. requirements.Select(r => Reply(r, r.Obligation.IsKnockOut || r == scored[0] ? Answer.Met : Answer.NotMet))]),
        ];
    }

    /// <summary>
    /// The evaluator's points on the scale for every claimed qualitative criterion: Alpha 8, Gamma 10, Delta 3, Beta 5 —
    /// except one of Beta's claims, which stays open.
    /// </summary>
    public static EvaluatorScores Scores()
    {
        var qualitative = Selection.Value.Requirements.Where(r => !r.Obligation.IsKnockOut && QuantitativeScore.For(r) is null).Select(r => r.Id).ToHashSet();
        var responses = Responses();
        IReadOnlyDictionary<string, EvaluatorEntry> Points(BidderResponse response, decimal points, int skip) =>
            response.Answers.Where(a => qualitative.Contains(a.Id) && a.Answer is Answer.Met or Answer.PartiallyMet).Skip(skip)
                .ToDictionary(a => a.Id, _ => new EvaluatorEntry(points, $"{points} Punkte laut Skala"));
        return new EvaluatorScores(new Dictionary<(string, string), IReadOnlyDictionary<string, EvaluatorEntry>>
        {
            [("1", "Alpha GmbH")] = Points(responses[0], 8m, 0),
            [("1", "Beta AG")] = Points(responses[1], 5m, 1),
            [("1", "Gamma KG")] = Points(responses[2], 10m, 0),
            [("1", "Delta eG")] = Points(responses[3], 3m, 0),
        });
    }

    /// <summary>Types the responses into the blank matrix as an evaluator would.</summary>
    public static byte[] FillBlankMatrix(byte[] matrix, IReadOnlyList<BidderResponse> responses, EvaluatorScores scores, Language language)
    {
        var sheet = MatrixLayout.MatrixSheet(language);
        var filler = new FormFiller();
        var criteria = Selection.Value.Requirements.Count;
        for (var i = 0; i < responses.Count; i++)
        {
            var block = MatrixLayout.BlockColumn(i);
            var response = responses[i];
            filler.Text(sheet, CellRef.Of(block, MatrixLayout.BidderRow), response.Bidder)
                .Number(sheet, CellRef.Of(block, MatrixLayout.SummaryRow(criteria, MatrixLayout.Summary.Price)), response.Lots.Single().Price);
            var row = MatrixLayout.FirstCriterionRow;
            foreach (var requirement in Selection.Value.Requirements)
            {
                var answer = response.AnswerTo(requirement.Id);
                if (answer.Answer is { } given)
                {
                    filler.Text(sheet, CellRef.Of(block + MatrixLayout.AnswerOffset, row), given.Label(language));
                }

                if (answer.Value is { } value && !requirement.Obligation.IsKnockOut)
                {
                    filler.Number(sheet, CellRef.Of(block + MatrixLayout.ValueOffset, row), value);
                }

                if (scores.For("1", response.Bidder, requirement.Id) is { Points: { } points } entry)
                {
                    filler.Number(sheet, CellRef.Of(block + MatrixLayout.EvaluatorOffset, row), points)
                        .Text(sheet, CellRef.Of(block + MatrixLayout.ReasonOffset, row), entry.Reason);
                }

                row++;
            }
        }

        return filler.Apply(matrix);
    }
}
