using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Rendering.Annex;
using ProcurementKit.Rendering.Excel.Matrix;
using ProcurementKit.Rendering.Excel.ResponseForm;
using ProcurementKit.Selection;
using ProcurementKit.Tenders;

namespace ProcurementKit.Workflow;

/// <summary>
/// The steps every host runs, in one place: a catalog checked for use, a tender read and selected, the tender
/// documents composed. The command line and a web host are thin shells around these; neither holds a rule of its own.
/// </summary>
public static class TenderWorkflow
{
    /// <summary>File names of the documents <see cref="Compose"/> writes.</summary>
    public const string AnnexDocx = "annex.docx";
    public const string AnnexMarkdown = "annex.md";
    public const string ResponseForm = "response-form.xlsx";
    public const string EvaluationMatrix = "evaluation-matrix.xlsx";
    public const string SelectionJson = "selection.json";

    /// <summary>A loaded catalog that can be used: errors stop every tender step (lint explains them).</summary>
    public static WorkflowResult<RequirementsCatalog> UsableCatalog(CatalogLoadResult loaded) =>
        loaded.HasErrors
            ? WorkflowResult.Failure<RequirementsCatalog>([.. loaded.Diagnostics.Where(d => d.IsError)], $"the catalog has {loaded.ErrorCount} error(s)")
            : WorkflowResult.Success(loaded.Catalog);

    /// <summary>Reads the tender, selects its requirements and settles the document language (the option, else the tender's).</summary>
    public static WorkflowResult<PreparedTender> Prepare(RequirementsCatalog catalog, Stream tenderJson, string file, string? languageCode = null)
    {
        // The option is checked before the tender is read, so a wrong --lang is reported at once.
        if (DocumentLanguage.Resolve(languageCode, Language.German, out var language) is { } wrongLanguage)
        {
            return WorkflowResult.Failure<PreparedTender>([wrongLanguage]);
        }

        var read = TenderReader.Read(tenderJson, file, catalog);
        if (!read.Succeeded)
        {
            return WorkflowResult.Failure<PreparedTender>(read.Errors);
        }

        var selected = SelectionEngine.Select(catalog, read.Tender!, file);
        if (!selected.Succeeded)
        {
            return WorkflowResult.Failure<PreparedTender>(selected.Errors);
        }

        var prepared = new PreparedTender(catalog, read.Tender!, selected.Selection!, languageCode is null ? read.Tender!.Language : language);
        var notes = TenderTextLanguage.Check(prepared.Tender, prepared.Language, file) is { } foreign ? [.. selected.Notes, foreign] : selected.Notes;
        return WorkflowResult.Success(prepared, notes);
    }

    /// <summary>
    /// The tender documents: the annex (Word, and Markdown when asked), the response form, the evaluation matrix
    /// and selection.json. Each is rendered only when its writer runs.
    /// </summary>
    /// <param name="matrixOffers">Offer blocks per lot in the blank evaluation matrix.</param>
    public static IReadOnlyList<NamedDocument> Compose(
        PreparedTender tender, AnnexTemplates prose, byte[]? wordTemplate = null, bool markdown = false, int matrixOffers = EvaluationMatrixWriter.DefaultOffers)
    {
        var (selection, language) = (tender.Selection, tender.Language);
        return
        [
            .. AnnexDocuments(selection, language, prose, wordTemplate, markdown),
            new(ResponseForm, NamedDocument.Xlsx, (stream, _) => ResponseFormWriter.Write(stream, selection, language)),
            new(EvaluationMatrix, NamedDocument.Xlsx, (stream, _) => EvaluationMatrixWriter.Write(stream, selection, language, matrixOffers)),
            new(SelectionJson, NamedDocument.Json, (stream, _) => SelectionJsonWriter.Write(stream, selection, language)),
        ];
    }

    /// <summary>
    /// The annex writers, in a method of their own: the composed annex is captured only by them, so a host that
    /// drops each writer once it ran lets the annex be collected instead of living on beside the workbooks.
    /// </summary>
    private static IEnumerable<NamedDocument> AnnexDocuments(TenderSelection selection, Language language, AnnexTemplates prose, byte[]? wordTemplate, bool markdown)
    {
        var annex = new AnnexDocument(selection, language, prose);
        yield return new(AnnexDocx, NamedDocument.Docx, (stream, _) => annex.GenerateWord(stream, wordTemplate))
        {
            WithContentsPages = pages => (stream, _) => annex.GenerateWord(stream, wordTemplate, pages),
        };
        if (markdown)
        {
            yield return new(AnnexMarkdown, NamedDocument.Markdown, (stream, _) => annex.GenerateMarkdown(stream));
        }
    }
}
