using System.Globalization;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Word;
using ProcurementKit.Review;
using ProcurementKit.Text;

namespace ProcurementKit.Rendering.Review;

/// <summary>
/// The redline between two catalog releases: a Word document whose differences are real tracked changes
/// (author <see cref="Author"/>, dated <see cref="CatalogDiff.ChangeDate"/>), after a summary of the counts and a
/// list of the changed clauses. Accepting every change gives the new release's texts, rejecting every change the old.
/// </summary>
public sealed class RedlineDocument
{
    public const string Author = "ProcurementKit";

    private readonly CatalogDiff _diff;
    private readonly WordDocument _document;
    private readonly ReviewLabels _labels;
    private readonly RedlineClause _clause;

    private RedlineDocument(CatalogDiff diff, Language language)
    {
        _diff = diff;
        _labels = ReviewLabels.For(language);
        _document = WordDocument.Create(Options(diff, language, _labels));
        _clause = new RedlineClause(
            _document, new ClauseDisplay(diff.Old, language), new ClauseDisplay(diff.New, language), new WordRevisions(Author, diff.ChangeDate));
    }

    /// <summary>Writes the redline to <paramref name="output"/>; the same two releases always give the same bytes.</summary>
    public static void Create(Stream output, CatalogDiff diff, Language language)
    {
        var redline = new RedlineDocument(diff, language);
        using (redline._document)
        {
            redline.Compose();
            redline._document.Save(output);
        }
    }

    private static WordDocumentOptions Options(CatalogDiff diff, Language language, ReviewLabels labels) => new()
    {
        Language = language,
        Title = $"{labels.RedlineTitle} {diff.Old.Info.Version} → {diff.New.Info.Version}",
        Subject = diff.New.Info.Name[language],
        Creator = diff.New.Info.Publisher,
        Keywords = ["Redline", diff.Old.Info.Version, diff.New.Info.Version],
        Date = diff.ChangeDate,
        CustomProperties =
        [
            new("OldCatalogVersion", diff.Old.Info.Version),
            new("OldCatalogSha256", diff.Old.Sha256),
            new("NewCatalogVersion", diff.New.Info.Version),
            new("NewCatalogSha256", diff.New.Sha256),
        ],
        HeaderLeft = labels.RedlineTitle,
        HeaderRight = $"{diff.Old.Info.Version} → {diff.New.Info.Version}",
        FooterLeft = diff.New.Info.Publisher,
    };

    private void Compose()
    {
        ComposeCover();
        _document.TableOfContents(_labels.Contents);
        ComposeSummary();
        var topics = _document.Numbering.Outline(1, OutlineLevelFormat.Decimal("%1"));
        foreach (var group in _diff.Changes.GroupBy(c => _diff.TopicOf(c)?.Id ?? c.Current.Topic))
        {
            var topic = _diff.New.FindTopic(group.Key) ?? _diff.Old.FindTopic(group.Key);
            _document.Heading(1, topic?.Name[_document.Language] ?? group.Key, outline: topics);
            foreach (var change in group)
            {
                _clause.Compose(change);
            }
        }
    }

    private void ComposeCover()
    {
        _document.Paragraph(_labels.RedlineTitle, WordStyleIds.Title);
        _document.Paragraph($"{_diff.New.Info.Name[_document.Language]} · {_diff.Old.Info.Version} → {_diff.New.Info.Version}", WordStyleIds.Subtitle);
        var table = new WordTable(WordStyleIds.KeyValueTable, 2, 5)
            .Row(WordTable.Cell(_labels.OldRelease, bold: true), WordTable.Cell(Release(_diff.OldRevision, _diff.Old)))
            .Row(WordTable.Cell(_labels.NewRelease, bold: true), WordTable.Cell(Release(_diff.NewRevision, _diff.New)))
            .Row(WordTable.Cell(_labels.ChangeDate, bold: true), WordTable.Cell(_diff.ChangeDate is { } date ? DateText.Long(date, _document.Language) : "–"));
        _document.Table(table);
        ComposeWarnings();
        _document.Paragraph(_labels.HowToReview, WordStyleIds.Note);
    }

    /// <summary>The release checks, where the reviewer starts reading: an unchanged catalog version, deleted clauses.</summary>
    private void ComposeWarnings()
    {
        var removed = _diff.Changes.Where(c => c.Kind == ChangeKind.Removed).Select(c => c.Id).ToList();
        if (_diff.CatalogVersionNotRaised)
        {
            Warning(string.Format(CultureInfo.InvariantCulture, _labels.CatalogVersionNotRaised, _diff.Old.Info.Version, _diff.New.Info.Version));
        }

        if (removed.Count > 0)
        {
            Warning(string.Format(CultureInfo.InvariantCulture, _labels.DeletedClauses, string.Join(", ", removed)));
        }
    }

    private void Warning(string text) =>
        _document.Append(WordText.ParagraphOf(null, WordText.Run($"{_labels.Attention} ", bold: true), WordText.Run(text)));

    /// <summary>Version, release date, hash and, when read from git, the revision — never a local folder path.</summary>
    private string Release(string? revision, RequirementsCatalog catalog)
    {
        var released = catalog.Info.ReleasedOn is { } on ? $", {_labels.ReleasedOn} {DateText.Long(on, _document.Language)}" : string.Empty;
        var git = revision is null ? string.Empty : $", {_labels.GitRevision} {revision}";
        return $"{_labels.Version} {catalog.Info.Version}{released}, {_labels.Hash} {catalog.ShortHash}{git}";
    }

    private void ComposeSummary()
    {
        _document.Heading(1, _labels.Summary);
        var s = _diff.Summary;
        var counts = new WordTable(4, 1).Header(_labels.Change, _labels.Count);
        foreach (var (label, count) in new[]
        {
            (_labels.Added, s.Added), (_labels.Removed, s.Removed), (_labels.Changed, s.Changed),
            (_labels.StatusChanges, s.StatusChanges), (_labels.ObligationChanges, s.ObligationChanges),
            (_labels.Moved, s.Moved), (_labels.Retired, s.Retired), (_labels.Unchanged, s.Unchanged),
        })
        {
            counts.Row(label, count.ToString(CultureInfo.InvariantCulture));
        }

        _document.Table(counts);
        if (_diff.Changes.Count == 0)
        {
            _document.Paragraph(_labels.NoChanges);
            return;
        }

        _document.Heading(2, _labels.ChangedClauses);
        var list = new WordTable(2, 5, 6).Header("ID", _labels.Title, _labels.Change);
        foreach (var change in _diff.Changes)
        {
            list.Row(
                WordTable.Cell(_document.InternalLink(RedlineClause.Anchor(change), change.Id)),
                WordTable.Cell(change.Current.Title[_document.Language]),
                WordTable.Cell(_clause.Summary(change)));
        }

        _document.Table(list);
    }
}
