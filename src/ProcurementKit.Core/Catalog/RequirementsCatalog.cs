namespace ProcurementKit.Catalog;

/// <summary>The whole clause library, loaded and checked; immutable.</summary>
public sealed record RequirementsCatalog(
    CatalogInfo Info,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<ContextKey> ContextKeys,
    IReadOnlyList<RegisteredStandard> Standards,
    IReadOnlyList<Clause> Clauses,
    string Sha256)
{
    /// <summary>The default qualitative scale (catalog.yaml <c>scoring-scale</c>), or the built-in one.</summary>
    public ScoringScale Scale { get; init; } = ScoringScale.Default;

    /// <summary>The events clauses may set deadlines for (catalog.yaml <c>events</c>).</summary>
    public IReadOnlyList<DeadlineEvent> Events { get; init; } = [];

    /// <summary>The first 12 hex digits of the content hash, as cited in documents.</summary>
    public string ShortHash => Sha256[..12];

    public Clause? FindClause(string id) => Clauses.FirstOrDefault(c => c.Id == id);

    public Category? FindCategory(string id) => Categories.FirstOrDefault(c => c.Id == id);

    public Topic? FindTopic(string id) => Topics.FirstOrDefault(t => t.Id == id);

    public RegisteredStandard? FindStandard(string name) => Standards.FirstOrDefault(s => s.Name == name);
}
