using System.CommandLine;
using System.Text;
using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Rendering.Review;
using ProcurementKit.Review;

namespace ProcurementKit.Cli.Commands;

/// <summary>`diff`: what changed between two catalog releases, as a redline with tracked changes, text or JSON.</summary>
public static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var old = new Argument<string>("old") { Description = "The approved release: a catalog folder or a git revision REV:PATH, e.g. v1.2:requirements-catalog" };
        var @new = new Argument<string>("new") { Description = "The release to review: a catalog folder or REV:PATH, e.g. requirements-catalog or HEAD:requirements-catalog" };
        var output = new Option<string?>("--out") { Description = "Write the redline Word document with tracked changes to this file", HelpName = "FILE.docx" };
        var json = new Option<bool>("--json") { Description = "Print the changes as JSON instead of a text summary" };
        var language = new Option<string?>("--lang") { Description = "Language of the redline's headings and the summary: de or en (default: de)", HelpName = "de|en" };
        var force = CommonOptions.Force();
        var command = new Command("diff", "Compare two catalog releases: added, removed and changed clauses, status and obligation changes, word by word.")
        {
            old, @new, output, json, language, force,
        };
        command.SetAction(parse =>
        {
            var here = Directory.GetCurrentDirectory();
            var oldSpec = parse.GetValue(old)!;
            var newSpec = parse.GetValue(@new)!;
            var diff = CatalogComparer.Compare(
                CatalogLocation.Load(oldSpec, here), CatalogLocation.Load(newSpec, here), oldSpec, newSpec) with
            {
                // The redline names a git revision, never a local folder typed on the command line.
                OldRevision = CatalogLocation.Revision(oldSpec, here),
                NewRevision = CatalogLocation.Revision(newSpec, here),
            };
            foreach (var warning in diff.Warnings)
            {
                console.Error.WriteLine(warning);
            }

            var lang = Inputs.LanguageOr(parse.GetValue(language), Catalog.Language.German);
            if (parse.GetValue(output) is { } path)
            {
                var written = DocumentFile.Write(path, parse.GetValue(force), stream => RedlineDocument.Create(stream, diff, lang));
                console.Error.WriteLine($"wrote {written}");
            }

            if (parse.GetValue(json))
            {
                using var buffer = new MemoryStream();
                CatalogDiffJsonWriter.Write(buffer, diff);
                console.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
            }
            else
            {
                console.Out.Write(CatalogDiffText.Render(diff, lang));
            }

            return 0;
        });
        return command;
    }
}
