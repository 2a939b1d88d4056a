using Markdig.Syntax;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Annex;
using ProcurementKit.Selection;
using ProcurementKit.Tenders;

namespace ProcurementKit.Tests.Support;

/// <summary>The example tenders with the shipped catalog and the shipped annex prose, as the CLI would read them.</summary>
internal static class ExampleTenders
{
    /// <summary>Every example file name (e.g. "lorawan-network.json") with each document language, for theories.</summary>
    public static TheoryData<string, Language> AllWithLanguages()
    {
        var data = new TheoryData<string, Language>();
        foreach (var file in ShippedCatalog.ExampleFiles)
        {
            data.Add(Path.GetFileName(file), Language.German);
            data.Add(Path.GetFileName(file), Language.English);
        }

        return data;
    }

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var file in ShippedCatalog.ExampleFiles)
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    public static TenderSelection Selection(string name)
    {
        var path = Path.Combine(RepositoryPaths.Examples, name);
        using var stream = File.OpenRead(path);
        var read = TenderReader.Read(stream, path, ShippedCatalog.Catalog);
        read.Errors.ShouldBeEmpty();
        var result = SelectionEngine.Select(ShippedCatalog.Catalog, read.Tender!, path);
        result.Errors.ShouldBeEmpty();
        return result.Selection!;
    }

    /// <summary>The example that selects the most requirements: the heaviest annex.</summary>
    public static string Largest => ShippedCatalog.ExampleFiles.Select(Path.GetFileName).OfType<string>()
        .MaxBy(name => Selection(name).Requirements.Count)!;

    public static AnnexTemplates Templates(Language language)
    {
        var folder = Path.Combine(RepositoryPaths.TenderTemplates, language.Code());
        var texts = Directory.GetFiles(folder, "*.md").ToDictionary(
            f => Path.GetFileNameWithoutExtension(f),
            f => new TemplateText(Path.GetFileNameWithoutExtension(f), $"tender-templates/{language.Code()}/{Path.GetFileName(f)}", File.ReadAllText(f)));
        return new AnnexTemplates(texts);
    }

    public static AnnexDocument Annex(string name, Language language) => new(Selection(name), language, Templates(language));

    public static byte[] Word(AnnexDocument annex, byte[]? template = null)
    {
        using var stream = new MemoryStream();
        annex.GenerateWord(stream, template);
        return stream.ToArray();
    }

    public static string Markdown(AnnexDocument annex)
    {
        using var stream = new MemoryStream();
        annex.GenerateMarkdown(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The visible text of a Markdown clause body, paragraph by paragraph (list items and table cells included).</summary>
    public static IReadOnlyList<string> ParagraphTexts(string markdown) =>
        [.. Markdig.Markdown.Parse(markdown, ProcurementKit.Rendering.Word.Markdown.WordMarkdownRenderer.Pipeline)
            .Descendants<Markdig.Syntax.ParagraphBlock>()
            .Select(p => ProcurementKit.Rendering.Word.Markdown.Blocks.HeadingRenderer.PlainText(p.Inline))];
}
