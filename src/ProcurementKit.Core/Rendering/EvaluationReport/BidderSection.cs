using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Evaluation;
using ProcurementKit.Rendering.Word;

namespace ProcurementKit.Rendering.EvaluationReport;

/// <summary>One bidder's part of the report: figures, A criteria not met, and every B criterion with its points and their source.</summary>
internal static class BidderSection
{
    public static void Compose(WordDocument document, OfferResult offer, ReportLabels labels)
    {
        var language = labels.Language;
        var rank = offer.Place is { } place ? place.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture) + (place.Tied ? " (=)" : string.Empty) : "–";
        document.Paragraph(labels.Figures(
            EvaluationText.Number(offer.Performance, language),
            EvaluationText.Money(offer.Price, language),
            offer.IsAdmissible ? EvaluationText.Ratio(offer.Ratio, language) : "–",
            rank), WordStyleIds.Meta);
        if (offer.Response.Declarant.Length > 0)
        {
            document.Paragraph(labels.Declarant(offer.Response.Declarant, offer.Response.PlaceAndDate), WordStyleIds.Meta);
        }

        var knockOuts = offer.Criteria.Where(c => c.IsKnockOut).ToList();
        if (offer.IsAdmissible)
        {
            document.Paragraph(labels.KnockOutsMet(knockOuts.Count, knockOuts.Count(c => c.EvidenceChecked)));
            foreach (var checkedScore in knockOuts.Where(c => c.EvidenceChecked))
            {
                document.Paragraph($"– {labels.EvidenceChecked(checkedScore.Requirement.Number, checkedScore.Requirement.Id, checkedScore.Reason)}");
            }
        }
        else
        {
            document.Append(WordText.ParagraphOf(null, WordText.Run(labels.ExcludedOffer, bold: true)));
            foreach (var reason in offer.Exclusions)
            {
                document.Paragraph($"– {reason[language]}");
            }

            return;
        }

        var table = new WordTextTable(2, 8, 2, 3, 2, 3, 4, 5);
        table.Header(labels.No, labels.Requirement, labels.Weight, labels.Answer, labels.Value, labels.Points, labels.Weighted, labels.Source);
        foreach (var score in offer.Criteria.Where(c => !c.IsKnockOut))
        {
            var requirement = score.Requirement;
            table.Row(
                new WordCell(requirement.Number),
                new WordCell($"{requirement.Id} {requirement.Title[language]}"),
                WordCell.Number(requirement.Obligation.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new WordCell(score.Answer.Answer?.Label(language) ?? labels.NoAnswer),
                WordCell.Number(score.Answer.Value is { } value ? EvaluationText.Number(value, language) : string.Empty),
                WordCell.Number(score.Points is { } points ? EvaluationText.Number(points, language) : "–"),
                WordCell.Number(score.Source == PointSource.Pending ? "–" : EvaluationText.Number(score.Weighted, language)),
                new WordCell(
                    score.Reason.Length > 0 ? $"{EvaluationText.Source(score.Source, language)}: {score.Reason}" : EvaluationText.Source(score.Source, language),
                    Bold: score.Source == PointSource.Pending));
        }

        table.Row(
            new WordCell(string.Empty), new WordCell("L", Bold: true), new WordCell(string.Empty), new WordCell(string.Empty),
            new WordCell(string.Empty), new WordCell(string.Empty), WordCell.Number(EvaluationText.Number(offer.Performance, language), bold: true),
            new WordCell(string.Empty));
        document.Table(table);
    }
}
