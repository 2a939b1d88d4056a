using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Rendering.Word;

namespace ProcurementKit.Rendering.EvaluationReport;

/// <summary>
/// Writes evaluation-report.docx, the record of the evaluation for the procurement file: method, ranking,
/// exclusions with reasons, rejected forms, the points of every bidder, pending assessments and a
/// confirmation block. While points are pending the header of every page says "VORLÄUFIG".
/// </summary>
public static class EvaluationReportWriter
{
    public static void Write(Stream output, EvaluationResult result, Language language, CancellationToken cancellationToken = default)
    {
        var labels = ReportLabels.For(language);
        var tender = result.Selection.Tender;
        using var document = WordDocument.Create(new WordDocumentOptions
        {
            Language = language,
            Title = $"{labels.Title} – {tender.Title}",
            Subject = tender.Reference,
            Creator = tender.Authority,
            Keywords = labels.Keywords,
            Date = tender.Date,
            CustomProperties =
            [
                new("TenderReference", tender.Reference),
                new("SelectionHash", result.Selection.Hash()),
                new("CatalogVersion", result.Selection.Catalog.Info.Version),
                new("Provisional", result.IsProvisional ? "true" : "false"),
            ],
            HeaderLeft = $"{tender.Authority} · {tender.Reference}",
            HeaderRight = labels.Title,
            HeaderMarker = result.IsProvisional ? labels.Provisional : string.Empty,
            FooterLeft = FooterIdentity.ForTender(language, labels.Title, tender.Reference, tender.Date),
        });
        // 100 bidders make about 90,000 table cells: blocks are written out as they come, tables without an element tree.
        document.StreamBlocks();
        new EvaluationReport(document, result, labels, cancellationToken).Compose();
        document.Save(output);
    }
}
