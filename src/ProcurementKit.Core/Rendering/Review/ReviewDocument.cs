using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Word;
using ProcurementKit.Review;
using ProcurementKit.Text;
using System.Globalization;

namespace ProcurementKit.Rendering.Review;

/// <summary>
/// The whole clause library as a Word document for the legal review: a summary, then one chapter per topic
/// and one section per clause with everything that decides when and how it is used. Dated with the release,
/// never the clock.
/// </summary>
public sealed class ReviewDocument
{
    private readonly RequirementsCatalog _catalog;
    private readonly WordDocument _document;
    private readonly ClauseDisplay _display;
    private readonly bool _bothLanguages;
    private readonly string? _date;
    private readonly IReadOnlyDictionary<string, int>? _contentsPages;

    private ReviewDocument(RequirementsCatalog catalog, Language language, bool bothLanguages, IReadOnlyDictionary<string, int>? contentsPages)
    {
        _contentsPages = contentsPages;
        _catalog = catalog;
        _bothLanguages = bothLanguages;
        _display = new ClauseDisplay(catalog, language);
        _date = CatalogRelease.DateOf(catalog);
        _document = WordDocument.Create(Options());
    }

    /// <summary>
    /// Writes the review document. <paramref name="bothLanguages"/> prints German and English texts side by side
    /// (labels in <paramref name="language"/>); otherwise the texts are in <paramref name="language"/>.
    /// <paramref name="contentsPages"/>: the page of each heading (by bookmark) from a layout pass, printed in the contents.
    /// </summary>
    public static void Create(Stream output, RequirementsCatalog catalog, Language language, bool bothLanguages = false, IReadOnlyDictionary<string, int>? contentsPages = null)
    {
        var review = new ReviewDocument(catalog, language, bothLanguages, contentsPages);
        using (review._document)
        {
            review.Compose();
            review._document.Save(output);
        }
    }

    private ReviewLabels Labels => _display.Labels;

    private WordDocumentOptions Options() => new()
    {
        Language = _display.Language,
        Title = $"{Labels.ReviewTitle} {_catalog.Info.Version}",
        Subject = _catalog.Info.Name[_display.Language],
        Creator = _catalog.Info.Publisher,
        Keywords = ["Review", _catalog.Info.Version],
        Date = _date,
        CustomProperties = [new("CatalogVersion", _catalog.Info.Version), new("CatalogSha256", _catalog.Sha256)],
        HeaderLeft = Labels.ReviewTitle,
        HeaderRight = $"{Labels.Version} {_catalog.Info.Version} · {_catalog.ShortHash}",
        FooterLeft = FooterIdentity.ForCatalog(_display.Language, Labels.ReviewTitle, _catalog.Info.Version, _date),
        ContentsPages = _contentsPages,
    };

    private void Compose()
    {
        ComposeTitlePage();
        _document.TableOfContents(Labels.Contents);
        new ReviewSummary(_document, _catalog, _display).Compose();
        var topics = _document.Numbering.Outline(1, OutlineLevelFormat.Decimal("%1"));
        var decision = new ReviewDecision(_document, Labels);
        var clause = new ReviewClause(_document, _display, _bothLanguages, decision);
        foreach (var topic in _catalog.Topics.Where(t => _catalog.Clauses.Any(c => c.Topic == t.Id)))
        {
            _document.Heading(1, topic.Name[_display.Language], $"topic-{topic.Id}", topics);
            foreach (var item in _catalog.Clauses.Where(c => c.Topic == topic.Id))
            {
                clause.Compose(item);
            }
        }

        decision.ComposeSignOff();
    }

    /// <summary>
    /// What the document is for, which release it shows (version, date of the release, hash) and how to record
    /// a decision: a reviewer who signs must be able to say exactly which text they approved.
    /// </summary>
    private void ComposeTitlePage()
    {
        _document.Paragraph(Labels.ReviewTitle, WordStyleIds.Title);
        _document.Paragraph($"{_catalog.Info.Name[_display.Language]} · {Labels.Version} {_catalog.Info.Version}", WordStyleIds.Subtitle);
        var facts = new WordTable(WordStyleIds.KeyValueTable, 2, 5)
            .Row(WordTable.Cell(Labels.Version, bold: true), WordTable.Cell(_catalog.Info.Version))
            .Row(WordTable.Cell(Labels.ReleasedOn, bold: true), WordTable.Cell(_date is null ? "–" : DateText.Long(_date, _display.Language)))
            .Row(WordTable.Cell(Labels.Publisher, bold: true), WordTable.Cell(_catalog.Info.Publisher))
            .Row(WordTable.Cell(Labels.Hash, bold: true), WordTable.Cell(_catalog.Sha256))
            .Row(WordTable.Cell(Labels.Clauses, bold: true), WordTable.Cell(_catalog.Clauses.Count.ToString(CultureInfo.InvariantCulture)));
        _document.Table(facts);
        _document.Append(WordText.ParagraphOf(null, WordText.Run($"{Labels.Purpose}: ", bold: true), WordText.Run(Labels.PurposeText)));
        _document.Paragraph(Labels.HowToDecide);
        _document.Append(WordText.PageBreak());
    }
}
