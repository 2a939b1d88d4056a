using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;

namespace ProcurementKit.Rendering.Excel.EvaluationWorkbook;

/// <summary>What the evaluator must know besides the figures: status, exclusions, rejected files, pending assessments, ties.</summary>
internal static class NotesSheet
{
    public static SheetBuilder Build(EvaluationResult result, Language language)
    {
        var labels = EvaluationWorkbookLabels.For(language);
        var sheet = new SheetBuilder(labels.NotesSheet).Width(1, 28).Width(2, 24).Width(3, 17).Width(4, 80);
        sheet.Text(1, 1, labels.NotesTitle, CellStyle.Title).Height(1, 20);
        sheet.Text(1, 2, EvaluationText.Status(result, language), result.IsProvisional ? CellStyle.Warning : CellStyle.Label).Merge(1, 2, 4, 2);
        var row = 4;
        foreach (var lot in result.Lots.Where(l => l.HasTieForFirst))
        {
            sheet.Text(1, row, EvaluationText.TieNote(lot, result.HasLots, language), CellStyle.Warning).Merge(1, row, 4, row);
            row += 2;
        }

        var lotLabel = labels.Lot;
        row = Section(sheet, row, labels.ExcludedOffers, labels.ExcludedHeaders,
            result.Lots.SelectMany(l => l.Excluded).SelectMany(o => o.Exclusions.Select(e => new[] { o.Bidder, Path.GetFileName(o.Response.File), $"{lotLabel} {o.LotId}", e[language] })));
        row = Section(sheet, row, labels.FilesNotEvaluated, labels.FilesHeaders,
            result.Rejected.SelectMany(r => r.Problems.Select(p => new[] { Path.GetFileName(r.File), p.Position.Cell ?? string.Empty, p.Code, p.Message })));
        Section(sheet, row, labels.PendingAssessments, labels.PendingHeaders,
            result.Lots.SelectMany(l => l.Admissible).SelectMany(o => o.Criteria.Where(c => c.Source == PointSource.Pending).Select(c => new[]
            {
                o.Bidder, $"{c.Requirement.Number} {c.Requirement.Id}", c.Answer.Answer?.Label(language) ?? string.Empty, c.Answer.Explanation,
            })));
        return sheet.Protect().PrintLandscape(labels.NotesTitle);
    }

    private static int Section(SheetBuilder sheet, int row, string title, IReadOnlyList<string> headers, IEnumerable<string[]> lines)
    {
        sheet.Text(1, row++, title, CellStyle.Label);
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Text(c + 1, row, headers[c], CellStyle.Header);
        }

        row++;
        var any = false;
        foreach (var line in lines)
        {
            for (var c = 0; c < line.Length; c++)
            {
                sheet.Text(c + 1, row, line[c]);
            }

            row++;
            any = true;
        }

        if (!any)
        {
            sheet.Text(1, row++, "–", CellStyle.Note);
        }

        return row + 1;
    }
}
