using ProcurementKit.Tenders;
using ProcurementKit.Evaluation.Methods;
using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Rendering.Word;
using ProcurementKit.Text;

namespace ProcurementKit.Rendering.EvaluationReport;

/// <summary>The report's content in reading order, one <c>Compose</c> step per part.</summary>
internal sealed class EvaluationReport(WordDocument document, EvaluationResult result, ReportLabels labels, CancellationToken cancellationToken)
{
    private readonly Language _language = labels.Language;
    private readonly WordOutline _outline = document.Numbering.Outline(2, OutlineLevelFormat.Decimal("%1"), OutlineLevelFormat.Decimal("%1.%2"));

    // Sections are Heading 2 (numbered 1, 2, …) and bidders Heading 3: the report runs on without the page break Heading 1 brings.
    private const int Section = 2;

    public void Compose()
    {
        ComposeTitle();
        ComposeStatus();
        ComposeMethod();
        foreach (var lot in result.Lots)
        {
            ComposeLot(lot);
        }

        ComposeRejected();
        ComposeConfirmation();
    }

    /// <summary>A lot's part: with several lots under its own heading, one level deeper; with one lot as plain sections.</summary>
    private void ComposeLot(LotEvaluation lot)
    {
        var level = Section;
        if (result.HasLots)
        {
            document.Heading(Section, labels.Lot(lot.Lot.Id, lot.Lot.Title), outline: _outline);
            document.Paragraph(labels.LotIntro);
            level = Section + 1;
        }

        ComposeResult(lot, level);
        ComposeExclusions(lot, level);
        ComposeBidders(lot, level);
        ComposePending(lot, level);
    }

    private void ComposeTitle()
    {
        var selection = result.Selection;
        var tender = selection.Tender;
        document.Paragraph(labels.Title, WordStyleIds.Title);
        document.Paragraph(tender.Title, WordStyleIds.Subtitle);
        var facts = new WordTable(WordStyleIds.KeyValueTable, 2, 5);
        facts.Row(labels.Authority, tender.Authority)
            .Row(labels.Reference, tender.Reference)
            .Row(labels.TenderDate, DateText.Long(tender.Date, _language))
            .Row(labels.Catalog, $"{selection.Catalog.Info.Name[_language]} {selection.Catalog.Info.Version} ({selection.Catalog.ShortHash})")
            .Row(labels.SelectionHash, selection.Hash())
            .Row(labels.Requirements, labels.RequirementsLine(selection.Requirements.Count, selection.KnockOut.Count(), selection.Scored.Count()))
            .Row(labels.Method, AwardMethods.For(tender.Evaluation).Name[_language])
            .Row(labels.Forms, labels.FormsLine(result.FormCount, result.Rejected.Count));
        document.Table(facts);
    }

    private void ComposeStatus()
    {
        var status = WordText.ParagraphOf(WordStyleIds.Note, WordText.Run(EvaluationText.Status(result, _language), bold: result.IsProvisional));
        document.Append(status);
        foreach (var lot in result.Lots.Where(l => l.HasTieForFirst))
        {
            document.Append(WordText.ParagraphOf(WordStyleIds.Note, WordText.Run(EvaluationText.TieNote(lot, result.HasLots, _language), bold: true)));
        }
    }

    private void ComposeMethod()
    {
        var settings = result.Selection.Tender.Evaluation;
        document.Heading(Section, labels.Method, outline: _outline);
        document.Paragraph($"{AwardMethods.For(settings).Name[_language]}. {AwardMethods.For(settings).Rule[_language]}");
        document.Paragraph(MethodText.Points(result.Selection, _language));
    }

    private void ComposeResult(LotEvaluation lot, int level)
    {
        document.Heading(level, labels.Result, outline: _outline);
        if (lot.Offers.Count == 0)
        {
            document.Paragraph(labels.NoOffers);
            return;
        }

        var extended = result.Selection.Tender.Evaluation.Method == AwardMethod.ExtendedReferenceValue;
        var table = new WordTextTable(3, 8, 4, 3, 5, 5, 4, 3);
        table.Header(labels.Rank, labels.Bidder, labels.Admissible, "L", "P (EUR)", labels.Ratio, labels.Corridor, labels.PendingShort);
        foreach (var offer in lot.Offers)
        {
            var place = offer.Place;
            table.Row(
                new WordCell(place is null ? "–" : Rank(place.Rank, place.Tied), Bold: place?.Rank == 1),
                new WordCell(offer.Bidder, Bold: place?.Rank == 1),
                new WordCell(offer.IsAdmissible ? labels.Yes : labels.NoWord),
                WordCell.Number(EvaluationText.Number(offer.Performance, _language)),
                WordCell.Number(EvaluationText.Money(offer.Price, _language)),
                WordCell.Number(offer.IsAdmissible ? EvaluationText.Ratio(offer.Ratio, _language) : "–"),
                new WordCell(extended && place?.InCorridor is { } inside ? (inside ? labels.Yes : labels.NoWord) : "–"),
                WordCell.Number(offer.PendingCount.ToString(CultureInfo.InvariantCulture)));
        }

        document.Table(table);
        if (lot.Ranking.BestRatio is { } best && result.Selection.Tender.Evaluation.Method != AwardMethod.PriceOnly)
        {
            var line = $"{labels.BestRatio}: {EvaluationText.Ratio(best, _language)}";
            if (lot.Ranking.CorridorFloor is { } floor)
            {
                line += $" · {labels.CorridorFloor}: {EvaluationText.Ratio(floor, _language)}";
            }

            document.Paragraph(line, WordStyleIds.Meta);
        }
    }

    private void ComposeExclusions(LotEvaluation lot, int level)
    {
        document.Heading(level, labels.Excluded, outline: _outline);
        var excluded = lot.Excluded.ToList();
        if (excluded.Count == 0)
        {
            document.Paragraph(labels.None);
            return;
        }

        var table = new WordTextTable(4, 9);
        table.Header(labels.Bidder, labels.Reason);
        foreach (var offer in excluded)
        {
            table.Row(offer.Bidder, string.Join("\n", offer.Exclusions.Select(e => e[_language])));
        }

        document.Table(table);
    }

    private void ComposeRejected()
    {
        document.Heading(Section, labels.Rejected, outline: _outline);
        if (result.Rejected.Count == 0)
        {
            document.Paragraph(labels.NoneNotEvaluated);
            return;
        }

        document.Paragraph(labels.RejectedIntro);
        var table = new WordTextTable(3, 3, 9);
        table.Header(labels.File, labels.Cell, labels.Problem);
        foreach (var rejected in result.Rejected)
        {
            foreach (var problem in rejected.Problems)
            {
                table.Row(Path.GetFileName(rejected.File), problem.Position.Cell ?? "–", $"{problem.Code}: {problem.Message}");
            }
        }

        document.Table(table);
    }

    private void ComposeBidders(LotEvaluation lot, int level)
    {
        document.Heading(level, labels.PerBidder, outline: _outline);
        foreach (var offer in lot.Offers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document.Heading(level + 1, offer.Bidder, outline: _outline);
            BidderSection.Compose(document, offer, labels);
        }
    }

    private void ComposePending(LotEvaluation lot, int level)
    {
        var pending = lot.Admissible.SelectMany(o => o.Criteria.Where(c => c.Source == PointSource.Pending).Select(c => (o.Bidder, Score: c))).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        document.Heading(level, labels.Pending, outline: _outline);
        var table = new WordTextTable(4, 2, 7, 4, 7);
        table.Header(labels.Bidder, labels.No, labels.Requirement, labels.Answer, labels.Explanation);
        foreach (var (bidder, score) in pending)
        {
            table.Row(bidder, score.Requirement.Number, $"{score.Requirement.Id} {score.Requirement.Title[_language]}",
                score.Answer.Answer?.Label(_language) ?? labels.NoAnswer, score.Answer.Explanation);
        }

        document.Table(table);
    }

    private void ComposeConfirmation()
    {
        document.Heading(Section, labels.Signatures, outline: _outline);
        document.Paragraph(labels.SignatureIntro);
        foreach (var role in new[] { labels.EvaluatedBy, labels.CheckedBy })
        {
            var table = new WordTable(5, 4);
            table.Header(role, labels.DateAndSignature);
            table.Row(WordTable.Cell(WordText.Paragraph(string.Empty), WordText.Paragraph(string.Empty)), WordTable.Cell(string.Empty));
            document.Table(table);
        }
    }

    private static string Rank(int rank, bool tied) => rank.ToString(CultureInfo.InvariantCulture) + (tied ? " (=)" : string.Empty);
}
