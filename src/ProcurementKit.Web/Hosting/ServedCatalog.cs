using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Annex;
using ProcurementKit.Workflow;

namespace ProcurementKit.Web.Hosting;

/// <summary>
/// The catalog and annex prose the server works with, read once at start: the catalog shipped beside the server,
/// or the folder <c>--catalog DIR</c> names. Requests only read it, so one instance serves any number of them.
/// </summary>
public sealed class ServedCatalog
{
    private readonly IReadOnlyDictionary<Language, AnnexTemplates> _prose;

    private ServedCatalog(CatalogSource source, RequirementsCatalog catalog, IReadOnlyDictionary<Language, AnnexTemplates> prose)
    {
        Source = source;
        Catalog = catalog;
        _prose = prose;
    }

    public CatalogSource Source { get; }

    public RequirementsCatalog Catalog { get; }

    /// <summary>The shipped annex prose of a language.</summary>
    public AnnexTemplates Prose(Language language) => _prose[language];

    /// <exception cref="InvalidOperationException">The catalog or the prose cannot be used; the message says why.</exception>
    public static ServedCatalog Load(string? catalogFolder, string baseDirectory)
    {
        var root = catalogFolder ?? Path.Combine(baseDirectory, "requirements-catalog");
        if (!Directory.Exists(root))
        {
            throw new InvalidOperationException($"catalog folder not found: {root}; pass --catalog DIR with a requirements catalog");
        }

        var source = new CatalogSource(
            catalogFolder is null ? "requirements-catalog" : root,
            [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => (Path: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
                .Where(f => CatalogSource.IsCatalogFile(f.Relative))
                .Select(f => new CatalogFile(f.Relative, File.ReadAllText(f.Path)))
                .OrderBy(f => f.RelativePath, StringComparer.Ordinal)]);
        var usable = TenderWorkflow.UsableCatalog(CatalogLoader.Load(source));
        if (usable.Value is null)
        {
            throw new InvalidOperationException(
                $"the catalog in {root} cannot be used:{Environment.NewLine}{string.Join(Environment.NewLine, usable.Problems.Select(p => p.ToString()))}");
        }

        var prose = new Dictionary<Language, AnnexTemplates>();
        foreach (var language in new[] { Language.German, Language.English })
        {
            var folder = Path.Combine(baseDirectory, "tender-templates", language.Code());
            var texts = Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).Select(file =>
                new TemplateText(Path.GetFileNameWithoutExtension(file), $"tender-templates/{language.Code()}/{Path.GetFileName(file)}", File.ReadAllText(file)));
            var merged = AnnexTemplateMerge.Merge(language, texts, [], null);
            prose[language] = merged.Value ?? throw new InvalidOperationException(
                $"the shipped annex prose in {folder} cannot be used: {string.Join("; ", merged.Problems.Select(p => p.ToString()))}");
        }

        return new ServedCatalog(source, usable.Value, prose);
    }
}
