using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Rendering.Annex;
using ProcurementKit.Workflow;

namespace ProcurementKit.Cli.Infrastructure;

/// <summary>What --template gave: a Word template, a folder of prose overrides (DIR/de, DIR/en), or both.</summary>
public sealed record AnnexTemplateChoice(byte[]? WordTemplate, string? ProseFolder);

/// <summary>
/// Reads the annex prose (tender-templates/&lt;lang&gt;/*.md shipped beside the tool, overridden file by file
/// from --template DIR) and the municipality's Word template, turning every problem into a clear error.
/// </summary>
public static class AnnexTemplateFolder
{
    private static readonly string[] s_wordNames = ["template.docx", "template.dotx", "template.docm", "template.dotm"];
    private static readonly string[] s_wordExtensions = [".docx", ".dotx", ".docm", ".dotm"];

    public static string ShippedPath => Path.Combine(AppContext.BaseDirectory, "tender-templates");

    /// <param name="notes">Where the template's warnings go (standard error).</param>
    public static AnnexTemplateChoice Resolve(string? template, TextWriter notes)
    {
        if (template is null)
        {
            return new AnnexTemplateChoice(null, null);
        }

        if (File.Exists(template))
        {
            var extension = Path.GetExtension(template).ToLowerInvariant();
            return s_wordExtensions.Contains(extension)
                ? new AnnexTemplateChoice(WordTemplateBytes(template, notes), null)
                : throw Failure(TemplateDiagnostics.UnusableWordTemplate(template, $"has the extension '{extension}'; pass a .docx, .dotx, .docm or .dotm file or a folder"));
        }

        if (!Directory.Exists(template))
        {
            throw new CliFailureException(HostDiagnostics.TemplateNotFound(template));
        }

        var word = s_wordNames.Select(n => Path.Combine(template, n)).FirstOrDefault(File.Exists);
        if (word is null && !Languages.Codes.Any(code => Directory.Exists(Path.Combine(template, code))))
        {
            throw new CliFailureException(HostDiagnostics.TemplateFolderEmpty(template));
        }

        return new AnnexTemplateChoice(word is null ? null : WordTemplateBytes(word, notes), template);
    }

    /// <summary>The prose in <paramref name="language"/>: the shipped files and the override folder's (the core merges and checks them).</summary>
    public static AnnexTemplates Prose(Language language, string? overrides)
    {
        var shipped = Path.Combine(ShippedPath, language.Code());
        if (!Directory.Exists(shipped))
        {
            throw new CliFailureException(HostDiagnostics.ShippedTemplatesMissing(shipped));
        }

        var own = overrides is null ? null : Path.Combine(overrides, language.Code());
        var hasOwn = own is not null && Directory.Exists(own);
        var merged = AnnexTemplateMerge.Merge(language, Read(shipped, $"tender-templates/{language.Code()}"), hasOwn ? Read(own!, Display(own!)) : [], hasOwn ? Display(own!) : null);
        return merged.Value ?? throw new CliFailureException(merged.Problems);
    }

    private static IEnumerable<TemplateText> Read(string folder, string display) =>
        Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).Select(file =>
            new TemplateText(Path.GetFileNameWithoutExtension(file), $"{display}/{Path.GetFileName(file)}", File.ReadAllText(file)));

    /// <summary>The template's bytes once the core's check passed; its warnings go to <paramref name="notes"/>.</summary>
    public static byte[] WordTemplateBytes(string path, TextWriter notes)
    {
        var bytes = File.ReadAllBytes(path);
        var checkedTemplate = WordTemplateCheck.Run(bytes, path);
        if (!checkedTemplate.Succeeded)
        {
            throw new CliFailureException(checkedTemplate.Problems);
        }

        foreach (var note in checkedTemplate.Problems)
        {
            notes.WriteLine(note);
        }

        return bytes;
    }

    private static string Display(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');

    private static CliFailureException Failure(Diagnostic problem) => new(problem);
}
