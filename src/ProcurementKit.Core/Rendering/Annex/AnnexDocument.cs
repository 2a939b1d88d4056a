using ProcurementKit.Tenders;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Word;
using ProcurementKit.Selection;

namespace ProcurementKit.Rendering.Annex;

/// <summary>
/// The tender annex ("Anlage: IT-Sicherheitsanforderungen"): composed from the selection and the prose
/// templates in small Compose* steps, then written as Word (<see cref="GenerateWord"/>) or Markdown
/// (<see cref="GenerateMarkdown"/>) with the same content.
/// </summary>
public sealed class AnnexDocument
{
    private readonly TenderSelection _selection;
    private readonly Language _language;
    private readonly AnnexTemplates _templates;
    private readonly AnnexLabels _labels;
    private readonly AnnexTables _tables;
    private readonly IReadOnlyDictionary<string, AnnexField> _fields;
    private readonly List<AnnexBlock> _blocks = [];
    private string _coverTitle = string.Empty;
    private string _coverSubtitle = string.Empty;
    private string _part = string.Empty;
    private int _partNumber;
    private int _sectionNumber;

    /// <param name="templates">The prose in <paramref name="language"/>, checked with <see cref="AnnexTemplates.Check"/>.</param>
    public AnnexDocument(TenderSelection selection, Language language, AnnexTemplates templates)
    {
        _selection = selection;
        _language = language;
        _templates = templates;
        _labels = AnnexLabels.For(language);
        _tables = new AnnexTables(selection, language, _labels);
        _fields = AnnexFields.For(selection, language, _labels);
        Compose();
    }

    /// <summary>Writes annex.docx; <paramref name="template"/> is a municipality's .docx/.dotx or null for the built-in look.</summary>
    public void GenerateWord(Stream output, byte[]? template = null) => AnnexWordWriter.Write(output, Blocks, WordOptions(template));

    /// <summary>Writes annex.md: the same content as Markdown with pandoc heading ids and a YAML title block.</summary>
    public void GenerateMarkdown(Stream output)
    {
        var tender = _selection.Tender;
        var info = new AnnexMarkdownInfo(_coverTitle, _coverSubtitle, tender.Authority, _fields["date"].Value, _language);
        AnnexMarkdownWriter.Write(output, Blocks, info);
    }

    internal IReadOnlyList<AnnexBlock> Blocks => _blocks;

    private void Compose()
    {
        ComposeCover();
        _blocks.Add(new AnnexContents(_labels.Contents));
        foreach (var part in new[] { "preliminary-remarks", "protection-needs", "requirements", "evaluation", "references" })
        {
            _part = part;
            ComposeTemplate(part);
        }
    }

    /// <summary>The cover: "#" is the document title, "##" the subtitle, then the tender facts.</summary>
    private void ComposeCover()
    {
        foreach (var segment in TemplateSegments.Split(_templates["cover"].Markdown, _fields))
        {
            switch (segment)
            {
                case HeadingSegment { Level: 1 } title:
                    _coverTitle = title.Text;
                    _blocks.Add(new AnnexCoverLine(title.Text, IsTitle: true));
                    break;
                case HeadingSegment subtitle:
                    _coverSubtitle = subtitle.Text;
                    _blocks.Add(new AnnexCoverLine(subtitle.Text, IsTitle: false));
                    break;
                default:
                    ComposeSegment(segment);
                    break;
            }
        }
    }

    private void ComposeTemplate(string name)
    {
        foreach (var segment in TemplateSegments.Split(_templates[name].Markdown, _fields))
        {
            ComposeSegment(segment);
        }
    }

    private void ComposeSegment(TemplateSegment segment)
    {
        switch (segment)
        {
            case HeadingSegment heading:
                ComposeHeading(heading);
                break;
            case MarkdownSegment text:
                _blocks.Add(new AnnexProse(text.Markdown));
                break;
            case BlockSegment block:
                ComposeBlock(block.Name);
                break;
        }
    }

    /// <summary>"#" starts a part (A, B, ...), "##" a section of it (A.1); deeper headings are not numbered.</summary>
    private void ComposeHeading(HeadingSegment heading)
    {
        if (heading.Level == 1)
        {
            _partNumber++;
            _sectionNumber = 0;
            _blocks.Add(new AnnexHeading(1, PartLetter, heading.Text, _part, AnnexOutline.Parts));
        }
        else if (heading.Level == 2)
        {
            _sectionNumber++;
            _blocks.Add(new AnnexHeading(2, $"{PartLetter}.{_sectionNumber}", heading.Text, $"{_part}-{_sectionNumber}", AnnexOutline.Parts));
        }
        else
        {
            _blocks.Add(new AnnexHeading(3, string.Empty, heading.Text, $"{_part}-{_sectionNumber}-{_blocks.Count}", AnnexOutline.None));
        }
    }

    private string PartLetter => ((char)('A' + ((_partNumber - 1) % 26))).ToString();

    private void ComposeBlock(string name)
    {
        switch (name)
        {
            case "title-block":
                _blocks.Add(_tables.TitleBlock());
                break;
            case "lots-table":
                _blocks.Add(_tables.Lots());
                break;
            case "protection-needs-table":
                _blocks.AddRange(_tables.ProtectionNeeds());
                break;
            case "assessment" when _selection.Tender.Assessment is { } assessment:
                _blocks.Add(new AnnexHeading(3, string.Empty, _labels.AssessmentHeading, $"{_part}-assessment", AnnexOutline.None));
                _blocks.AddRange(new AnnexAssessment(assessment, _language, _labels).Blocks());
                break;
            case "requirements":
                ComposeRequirements();
                break;
            case "suitability":
                ComposeSuitability();
                break;
            case "evaluation-method" when _part == "evaluation":
                ComposeTemplate($"evaluation-{_selection.Tender.Evaluation.Method.ToKey()}");
                break;
            case "criteria-table":
                _blocks.Add(_selection.Scored.Any() ? _tables.Criteria() : new AnnexProse(_labels.NoScored));
                break;
            case "scale-table":
                _blocks.Add(_tables.Scale());
                break;
            case "lot-evaluation" when _selection.Tender.Lots.Count > 1:
                _blocks.Add(new AnnexProse(_selection.Tender.Evaluation.Method == AwardMethod.PriceOnly
                    ? _labels.LotsEvaluatedSeparatelyPriceOnly
                    : _labels.LotsEvaluatedSeparately));
                break;
            case "knockout-table":
                _blocks.Add(_selection.KnockOut.Any() ? _tables.KnockOut() : new AnnexProse(_labels.NoKnockOut));
                break;
            case "references-table":
                _blocks.Add(_tables.References());
                break;
        }
    }

    /// <summary>Topics in catalog order as numbered headings; their numbers are the selection's ("4" of "4.3").</summary>
    private void ComposeRequirements()
    {
        foreach (var topic in _selection.OfferRequirements.GroupBy(r => r.Clause.Topic))
        {
            var name = _selection.Catalog.FindTopic(topic.Key)?.Name[_language] ?? topic.Key;
            _blocks.Add(new AnnexHeading(2, topic.First().Number.Split('.')[0], name, $"topic-{topic.Key}", AnnexOutline.Requirements));
            foreach (var requirement in topic)
            {
                ComposeRequirement(requirement);
            }
        }
    }

    /// <summary>
    /// Suitability criteria (Eignung) under unnumbered headings that carry their selection number as text:
    /// they stay out of part C, whose Word numbering counts only the requirements shown there.
    /// </summary>
    private void ComposeSuitability()
    {
        if (!_selection.Suitability.Any())
        {
            _blocks.Add(new AnnexProse(_labels.NoSuitability));
            return;
        }

        foreach (var criterion in _selection.Suitability)
        {
            _blocks.Add(new AnnexHeading(
                3, string.Empty, $"{criterion.Number} {criterion.Id} – {criterion.Title[_language]}", AnnexTables.Anchor(criterion), AnnexOutline.None));
            if (_selection.Tender.Lots.Count > 1)
            {
                _blocks.Add(new AnnexMeta([new AnnexSpan(criterion.Lots.Count == _selection.Tender.Lots.Count ? _labels.AllLots : _labels.LotList(criterion.Lots))]));
            }

            _blocks.Add(new AnnexProse(criterion.Text[_language], IsClause: true));
            _blocks.Add(new AnnexNote(_labels.Evidence, criterion.Evidence[_language]));
            _blocks.Add(new AnnexNote(_labels.ValidOn, _labels.ValidOnDeadline));
        }
    }

    private void ComposeRequirement(SelectedRequirement requirement)
    {
        _blocks.Add(new AnnexHeading(
            3, requirement.Number, $"{requirement.Id} – {requirement.Title[_language]}", AnnexTables.Anchor(requirement), AnnexOutline.Requirements));
        var meta = new List<AnnexSpan> { new(requirement.Obligation.Display(_language), Bold: true) };
        if (_selection.Tender.Lots.Count > 1)
        {
            var lots = requirement.Lots.Count == _selection.Tender.Lots.Count ? _labels.AllLots : _labels.LotList(requirement.Lots);
            meta.Add(new AnnexSpan($" · {lots}"));
        }

        if (_tables.LinearScoring(requirement) is { } scoring)
        {
            meta.Add(new AnnexSpan($" · {scoring}"));
        }

        _blocks.Add(new AnnexMeta(meta));
        _blocks.Add(new AnnexProse(requirement.Text[_language], IsClause: true));
        _blocks.Add(new AnnexNote(_labels.Evidence, requirement.Evidence[_language]));
    }

    private WordDocumentOptions WordOptions(byte[]? template)
    {
        var tender = _selection.Tender;
        var catalog = _selection.Catalog;
        return new WordDocumentOptions
        {
            Language = _language,
            Title = $"{_coverTitle}: {tender.Title}",
            Subject = $"{tender.Title} ({tender.Reference})",
            Creator = tender.Authority,
            Keywords = [.. _labels.Keywords, tender.Reference],
            Date = tender.Date,
            CustomProperties =
            [
                new("TenderReference", tender.Reference),
                new("CatalogName", catalog.Info.Name[_language]),
                new("CatalogVersion", catalog.Info.Version),
                new("CatalogSha256", catalog.Sha256),
                new("SelectionHash", _selection.Hash()),
            ],
            HeaderLeft = $"{tender.Authority} · {tender.Reference}",
            HeaderRight = _coverTitle,
            FooterLeft = $"{_labels.Catalog} {catalog.Info.Version} · {catalog.ShortHash}",
            Template = template,
            TemplateFields = new Dictionary<string, string>
            {
                ["title"] = tender.Title,
                ["reference"] = tender.Reference,
                ["authority"] = tender.Authority,
                ["date"] = AnnexFields.FormatDate(tender.Date, _labels, _language.Culture()),
            },
        };
    }
}
