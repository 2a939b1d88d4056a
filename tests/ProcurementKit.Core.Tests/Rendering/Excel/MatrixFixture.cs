using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Rendering.Excel;
using ProcurementKit.Rendering.Excel.Matrix;
using ProcurementKit.Selection;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Excel;

/// <summary>
/// Four offers for the LoRaWAN example with hand-picked answers: Alpha meets everything, Beta answers some B
/// criteria partially (scored by the evaluator), Gamma misses a knock-out criterion, Delta offers little.
/// </summary>
internal static class MatrixFixture
{
    public static readonly Lazy<TenderSelection> Selection = new(() => ExampleSelection.For("lorawan-network.json"));

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
            new("Alpha GmbH", "alpha.xlsx", 210_000m, [.. requirements.Select(r => Reply(r, Answer.Met, Value(r, 2)))]),
            new("Beta AG", "beta.xlsx", 190_000m, [.. requirements.Select(r => Reply(r, !r.Obligation.IsKnockOut && scored.IndexOf(r) % 2 == 0 ? Answer.PartiallyMet : Answer.Met, Value(r, 1)))]),
            new("Gamma KG", "gamma.xlsx", 120_000m, [.. requirements.Select(r => Reply(r, r == missed ? Answer.NotMet : Answer.Met))]),
            new("Delta eG", "delta.xlsx", 150_000m, [.. requirements.Select(r => Reply(r, r.Obligation.IsKnockOut || r == scored[0] ? Answer.Met : Answer.NotMet))]),
        ];
    }

    /// <summary>Beta's partial answers get 5 points, except one that stays pending.</summary>
    public static EvaluatorScores Scores()
    {
        var partial = Responses()[1].Answers.Where(a => a.Answer == Answer.PartiallyMet).Select(a => a.Id).ToList();
        return new EvaluatorScores(new Dictionary<string, IReadOnlyDictionary<string, decimal>>
        {
            ["Beta AG"] = partial.Skip(1).ToDictionary(id => id, _ => 5m),
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
                .Number(sheet, CellRef.Of(block, MatrixLayout.SummaryRow(criteria, MatrixLayout.Summary.Price)), response.Price);
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

                if (scores.PointsFor(response.Bidder, requirement.Id) is { } points)
                {
                    filler.Number(sheet, CellRef.Of(block + MatrixLayout.EvaluatorOffset, row), points);
                }

                row++;
            }
        }

        return filler.Apply(matrix);
    }
}
