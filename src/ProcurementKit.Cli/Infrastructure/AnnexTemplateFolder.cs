using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;
using ProcurementKit.Rendering.Annex;
using ProcurementKit.Rendering.Word;

namespace ProcurementKit.Cli.Infrastructure;

/// <summary>What --template gave: a Word template, a folder of prose overrides (DIR/de, DIR/en), or both.</summary>
public sealed record AnnexTemplateChoice(byte[]? WordTemplate, string? ProseFolder);

/// <summary>
/// Reads the annex prose (tender-templates/&lt;lang&gt;/*.md shipped beside the tool, overridden file by file
/// from --template DIR) and the municipality's Word template, turning every problem into a clear error.
/// </summary>
public static class AnnexTemplateFolder
{
    private static readonly string[] s_wordNames = ["template.docx", "template.dotx"];

    public static string ShippedPath => Path.Combine(AppContext.BaseDirectory, "tender-templates");

    public static AnnexTemplateChoice Resolve(string? template)
    {
        if (template is null)
        {
            return new AnnexTemplateChoice(null, null);
        }

        if (File.Exists(template))
        {
            var extension = Path.GetExtension(template).ToLowerInvariant();
            return extension is ".docx" or ".dotx"
                ? new AnnexTemplateChoice(WordTemplateBytes(template), null)
                : throw Failure(TemplateDiagnostics.UnusableWordTemplate(template, $"has the extension '{extension}'; pass a .docx or .dotx file or a folder"));
        }

        if (!Directory.Exists(template))
        {
            throw new CliFailureException($"{template}: error PK0504: --template: no such file or folder; pass a .docx/.dotx file or a folder with template.docx and/or de/, en/");
        }

        var word = s_wordNames.Select(n => Path.Combine(template, n)).FirstOrDefault(File.Exists);
        if (word is null && !Languages.Codes.Any(code => Directory.Exists(Path.Combine(template, code))))
        {
            throw new CliFailureException($"{template}: error PK0504: the folder holds neither template.docx (or template.dotx) nor a de/ or en/ folder of prose templates");
        }

        return new AnnexTemplateChoice(word is null ? null : WordTemplateBytes(word), template);
    }

    /// <summary>The prose in <paramref name="language"/>: the shipped files, each replaced by the override folder's file of the same name.</summary>
    public static AnnexTemplates Prose(Language language, string? overrides)
    {
        var shipped = Path.Combine(ShippedPath, language.Code());
        if (!Directory.Exists(shipped))
        {
            throw new CliFailureException($"{shipped}: error PK0501: the shipped tender-templates folder is missing next to the tool");
        }

        var texts = new Dictionary<string, TemplateText>(StringComparer.Ordinal);
        Read(shipped, $"tender-templates/{language.Code()}", texts);
        var own = overrides is null ? null : Path.Combine(overrides, language.Code());
        if (own is not null && Directory.Exists(own))
        {
            Read(own, Display(own), texts);
        }

        var templates = new AnnexTemplates(texts);
        var problems = templates.Check(own is not null && Directory.Exists(own) ? Display(own) : $"tender-templates/{language.Code()}");
        return problems.Count == 0 ? templates : throw Failure([.. problems]);
    }

    private static void Read(string folder, string display, Dictionary<string, TemplateText> texts)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            texts[name] = new TemplateText(name, $"{display}/{Path.GetFileName(file)}", File.ReadAllText(file));
        }
    }

    private static byte[] WordTemplateBytes(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return WordTemplate.Problem(bytes) is { } problem ? throw Failure(TemplateDiagnostics.UnusableWordTemplate(path, problem)) : bytes;
    }

    private static string Display(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');

    private static CliFailureException Failure(params Diagnostic[] problems) => new(problems.Select(p => p.ToString()));
}
