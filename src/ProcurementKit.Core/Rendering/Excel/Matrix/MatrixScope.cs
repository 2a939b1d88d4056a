using ProcurementKit.Catalog;
using ProcurementKit.Selection;
using ProcurementKit.Tenders;

namespace ProcurementKit.Rendering.Excel.Matrix;

/// <summary>
/// What one matrix and ranking sheet pair covers: the whole tender when it has one lot, else one lot with the
/// requirements that apply to it (lots are evaluated and ranked separately).
/// </summary>
public sealed record MatrixScope(Lot Lot, IReadOnlyList<SelectedRequirement> Requirements, string MatrixSheet, string RankingSheet)
{
    public static IReadOnlyList<MatrixScope> For(TenderSelection selection, Language language)
    {
        var lots = selection.Tender.Lots;
        if (lots.Count == 1)
        {
            return [new(lots[0], selection.Requirements, MatrixLayout.MatrixSheet(language), MatrixLayout.RankingSheet(language))];
        }

        var lot = MatrixLabels.For(language).Lot;
        return [.. lots.Select(l => new MatrixScope(
            l, [.. selection.ForLot(l.Id)], $"{MatrixLayout.MatrixSheet(language)} {lot} {Short(l.Id)}", $"{MatrixLayout.RankingSheet(language)} {lot} {Short(l.Id)}"))];
    }

    public int Criteria => Requirements.Count;

    // Sheet names have at most 31 characters; the longest prefix ("Evaluation Lot ") leaves 16.
    private static string Short(string id)
    {
        var safe = string.Concat(id.Select(c => "[]:*?/\\'".Contains(c, StringComparison.Ordinal) ? '-' : c));
        return safe.Length <= 12 ? safe : safe[..12];
    }
}
