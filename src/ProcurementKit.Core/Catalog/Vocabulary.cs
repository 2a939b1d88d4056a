namespace ProcurementKit.Catalog;

/// <summary>The names clause files may use: read from catalog.yaml, categories.yaml, topics.yaml and standards/.</summary>
internal sealed record Vocabulary(
    CatalogInfo Info,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<ContextKey> ContextKeys,
    IReadOnlyList<RegisteredStandard> Standards)
{
    public IReadOnlyList<DeadlineEvent> Events { get; init; } = [];

    /// <summary>The default qualitative scale (catalog.yaml <c>scoring-scale</c>).</summary>
    public ScoringScale Scale { get; init; } = ScoringScale.Default;

    public IEnumerable<string> CategoryIds => Categories.Select(c => c.Id);

    public IEnumerable<string> TopicIds => Topics.Select(t => t.Id);

    public IEnumerable<string> ContextNames => ContextKeys.Select(c => c.Name);
}
