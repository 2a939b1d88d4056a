using ProcurementKit.Diagnostics;
using System.Globalization;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Excel.ResponseForm;
using ProcurementKit.Selection;
using static ProcurementKit.Rendering.Excel.ResponseForm.ResponseFormLayout;

namespace ProcurementKit.Evaluation.Forms;

/// <summary>Reads the requirement rows of a returned form: every id of the selection exactly once, answers from the list, values as numbers.</summary>
internal static class RequirementRows
{
    public static IReadOnlyList<RequirementAnswer> Read(CellReader sheet, TenderSelection selection, FormCells cells, Language language)
    {
        var columns = Columns(selection);
        var headers = columns.Headers(language);
        for (var c = 0; c < headers.Count; c++)
        {
            if (!cells.HasLabel(sheet, c + 1, HeaderRow, headers[c]))
            {
                return [];
            }
        }

        var answers = new Dictionary<string, RequirementAnswer>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows.Where(r => r >= FirstRequirementRow))
        {
            var id = cells.Text(sheet, columns.Id, row)?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                if (HasInput(sheet, row, columns))
                {
                    cells.Add(FormProblems.Layout(cells.File, sheet.Address(columns.Id, row), "a row with answers has no requirement id"));
                }

                continue;
            }

            if (selection.Find(id) is not { } requirement)
            {
                cells.Add(FormProblems.RequirementUnknown(cells.File, sheet.Address(columns.Id, row), id));
                continue;
            }

            if (answers.ContainsKey(id))
            {
                cells.Add(FormProblems.RequirementTwice(cells.File, sheet.Address(columns.Id, row), id));
                continue;
            }

            answers[id] = ReadRow(sheet, row, requirement, cells, language, columns);
        }

        foreach (var missing in selection.Requirements.Where(r => !answers.ContainsKey(r.Id)))
        {
            cells.Add(FormProblems.RequirementMissing(cells.File, missing.Id, missing.Number));
        }

        return [.. selection.Requirements.Select(r => answers.GetValueOrDefault(r.Id) ?? RequirementAnswer.Empty(r.Id))];
    }

    private static RequirementAnswer ReadRow(CellReader sheet, int row, SelectedRequirement requirement, FormCells cells, Language language, RequirementColumns columns)
    {
        Answer? answer = null;
        var text = cells.Text(sheet, columns.Answer, row);
        if (!string.IsNullOrWhiteSpace(text))
        {
            if (Answers.TryParse(text, out var parsed))
            {
                answer = parsed;
            }
            else
            {
                cells.Add(FormProblems.AnswerInvalid(cells.File, sheet.Address(columns.Answer, row), text, Answers.Labels(language)));
            }
        }

        return new RequirementAnswer(
            requirement.Id,
            answer,
            Value(sheet, row, cells, columns.Value),
            cells.Text(sheet, columns.Explanation, row) ?? string.Empty,
            cells.Text(sheet, columns.Evidence, row) ?? string.Empty);
    }

    private static decimal? Value(CellReader sheet, int row, FormCells cells, int column)
    {
        var content = sheet.Read(column, row);
        if (content.IsEmpty)
        {
            return null;
        }

        if (content.Kind == CellKind.Number && content.Number >= 0)
        {
            return content.Number;
        }

        if (content.Kind == CellKind.Formula)
        {
            cells.Add(FormProblems.Formula(cells.File, sheet.Address(column, row), content.Text));
            return null;
        }

        // A number typed into a text-formatted cell arrives as text; accept it when it is unambiguous.
        if (content.Kind == CellKind.Text && decimal.TryParse(content.Text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var typed)
            && !content.Text.Contains(',', StringComparison.Ordinal))
        {
            return typed;
        }

        cells.Add(FormProblems.ValueInvalid(cells.File, sheet.Address(column, row), content.Text));
        return null;
    }

    private static bool HasInput(CellReader sheet, int row, RequirementColumns columns) =>
        new[] { columns.Answer, columns.Value, columns.Explanation, columns.Evidence }.Any(c => !sheet.Read(c, row).IsEmpty);
}
